package io.tensorjudge.operations;

import java.time.Instant;

/** A running instance as the status page shows it. */
public record InstanceInfo(String id, String role, Instant startedAt, Instant seenAt, boolean self) {
}
