package io.tensorjudge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** This instance among those sharing the database ({@code tensorjudge.instance.*}; docs/operations.md). */
@ConfigMapping(prefix = "tensorjudge.instance")
public interface InstanceConfig {

    /** How often the instance refreshes its heartbeat row; the status page lists instances seen in the last minute. */
    @WithDefault("15s")
    Duration heartbeat();
}
