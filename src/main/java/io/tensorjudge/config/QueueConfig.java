package io.tensorjudge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The submission queue ({@code tensorjudge.queue.*}; the name is part of ../shared/spec/api.md). */
@ConfigMapping(prefix = "tensorjudge.queue")
public interface QueueConfig {

    /** Submissions waiting before new ones get 429. */
    @WithDefault("1000")
    int maxPending();

    /**
     * How long a claim on a RUNNING submission holds without a heartbeat; after that another worker (of any
     * instance) takes it over. Also how long the work of a killed instance waits before it is graded again.
     */
    @WithDefault("30s")
    Duration lease();

    /** How often a grading instance extends the leases of what it is grading; well below {@link #lease()}. */
    @WithDefault("10s")
    Duration heartbeat();
}
