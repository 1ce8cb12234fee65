package io.tensorjudge.operations;

import java.time.Instant;

/** A backup of the embedded database, kept under the data directory. */
public record BackupFile(String name, long bytes, Instant createdAt) {
}
