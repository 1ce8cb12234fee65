package io.tensorjudge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits for anonymous practice; the names are part of the public contract (../shared/spec/api.md). */
@ConfigMapping(prefix = "tensorjudge.practice")
public interface PracticeConfig {

    /** Anonymous submissions per client per minute; 0 turns the limit off. */
    @WithDefault("30")
    int rateLimitPerMinute();

    /** Anonymous MCQ answers per client per minute; 0 turns the limit off. */
    @WithDefault("120")
    int answerRateLimitPerMinute();
}
