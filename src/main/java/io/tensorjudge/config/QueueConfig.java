package io.tensorjudge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The submission queue ({@code tensorjudge.queue.*}; the name is part of ../shared/spec/api.md). */
@ConfigMapping(prefix = "tensorjudge.queue")
public interface QueueConfig {

    /** Submissions waiting before new ones get 429. */
    @WithDefault("1000")
    int maxPending();
}
