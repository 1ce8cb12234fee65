package io.tensorjudge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** The grading pipeline ({@code tensorjudge.grading.*}). */
@ConfigMapping(prefix = "tensorjudge.grading")
public interface GradingConfig {

    /** Grading worker threads; default: the number of cores. */
    OptionalInt workers();

    /** Largest accepted source file in bytes (UTF-8); larger ones get 413. */
    @WithDefault("65536")
    int maxCodeBytes();

    /** How often idle workers look for queued work they were not told about (after a restart, say). */
    @WithDefault("2s")
    Duration pollInterval();

    /** Default of {@link #variantCacheNumbers()}: about 128 MB of doubles. */
    long DEFAULT_VARIANT_CACHE_NUMBERS = 16_000_000L;

    /**
     * Bound of the cache of per-attempt hidden cases (inputs and reference outputs), in numbers held; the least
     * recently used variants are dropped beyond it and computed again when asked (the same values).
     */
    @WithDefault("" + DEFAULT_VARIANT_CACHE_NUMBERS)
    long variantCacheNumbers();
}
