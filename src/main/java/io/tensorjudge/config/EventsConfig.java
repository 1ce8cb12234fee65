package io.tensorjudge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Submission events between instances ({@code tensorjudge.events.*}): PostgreSQL LISTEN/NOTIFY, and polling where
 * that is not available (H2) or while the listener connection is down (docs/operations.md).
 */
@ConfigMapping(prefix = "tensorjudge.events")
public interface EventsConfig {

    /** How often the statuses of the submissions followed here are read while no notification can arrive. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long the listener waits before it opens a new connection after losing one. */
    @WithDefault("2s")
    Duration reconnectDelay();
}
