package io.tensorjudge.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;

/**
 * Unprivileged uids for sandboxed processes when the server runs as root: one per live worker, so RLIMIT_NPROC
 * (counted per uid) and signals never reach another worker. Empty when not root: bwrap then runs as our own user.
 */
final class UidPool {
    private final Deque<Integer> free = new ArrayDeque<>();
    private final boolean enabled;

    UidPool(boolean enabled, int base, int count) {
        this.enabled = enabled;
        for (int i = 0; i < count; i++) {
            free.add(base + i);
        }
    }

    boolean enabled() {
        return enabled;
    }

    synchronized OptionalInt acquire() throws InterruptedException {
        if (!enabled) {
            return OptionalInt.empty();
        }
        while (free.isEmpty()) {
            wait();
        }
        return OptionalInt.of(free.poll());
    }

    synchronized void release(OptionalInt uid) {
        if (uid.isPresent()) {
            free.add(uid.getAsInt());
            notifyAll();
        }
    }

    /** Whether this server process runs as uid 0. */
    static boolean runningAsRoot() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Paths.get("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[2].equals("0");
                }
            }
        } catch (java.io.IOException e) {
            // fall through
        }
        return "root".equals(System.getProperty("user.name"));
    }
}
