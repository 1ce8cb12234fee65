package io.tensorjudge.common;

import java.util.Optional;
import java.util.UUID;

/**
 * This process among the instances sharing a database: host, pid and a random part, new at every start (so a
 * restart never inherits the claims or the heartbeat of its previous run). At most 100 characters.
 */
public final class InstanceName {

    private static final String CURRENT = make();

    private InstanceName() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String make() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).filter(h -> !h.isBlank()).orElse("host");
        String name = host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
