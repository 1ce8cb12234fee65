package io.tensorjudge.sandbox.jail;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unprivileged uids for sandboxed processes when the server runs as root: one per live worker, so RLIMIT_NPROC
 * (counted per uid) and signals never reach another worker. A uid is held with a lock file, so several servers or
 * test JVMs on one host never hand out the same uid at once. Empty when not root: bwrap then runs as our own user.
 */
final class UidPool {
    /** Uids held by any pool of this JVM (a FileLock cannot be taken twice by one process). */
    private static final Set<Integer> HELD_HERE = ConcurrentHashMap.newKeySet();
    private static final long WAIT_MILLIS = 30_000;

    private final boolean enabled;
    private final int base;
    private final int count;
    private final Path lockDir;
    private final Map<Integer, FileChannel> locks = new HashMap<>();
    private int next;

    UidPool(boolean enabled, int base, int count) {
        this.enabled = enabled;
        this.base = base;
        this.count = count;
        this.lockDir = Paths.get(System.getProperty("java.io.tmpdir"), "tensorjudge-sandbox-uids");
    }

    boolean enabled() {
        return enabled;
    }

    OptionalInt acquire() throws InterruptedException, IOException {
        if (!enabled) {
            return OptionalInt.empty();
        }
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            synchronized (this) {
                for (int i = 0; i < count; i++) {
                    int uid = base + (next + i) % count;
                    if (tryHold(uid)) {
                        next = (next + i + 1) % count;
                        return OptionalInt.of(uid);
                    }
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IOException("all " + count + " sandbox uids from " + base + " are in use");
            }
            Thread.sleep(50);
        }
    }

    private boolean tryHold(int uid) throws IOException {
        if (!HELD_HERE.add(uid)) {
            return false;
        }
        try {
            Files.createDirectories(lockDir, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            FileChannel ch = FileChannel.open(lockDir.resolve(Integer.toString(uid)), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // held by a pool of this JVM loaded by another class loader (e.g. a Quarkus test app)
            }
            if (lock == null) {
                ch.close();
                HELD_HERE.remove(uid);
                return false;
            }
            locks.put(uid, ch);
            return true;
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(uid);
            throw e;
        }
    }

    synchronized void release(OptionalInt uid) {
        if (uid.isPresent()) {
            FileChannel ch = locks.remove(uid.getAsInt());
            if (ch == null) {
                return; // already released (a failed start cleans up twice)
            }
            try {
                ch.close(); // releases the lock
            } catch (IOException e) {
                // the lock goes with the channel anyway
            }
            HELD_HERE.remove(uid.getAsInt());
        }
    }

    /** Whether this server process runs as uid 0. */
    static boolean runningAsRoot() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[2].equals("0");
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "root".equals(System.getProperty("user.name"));
    }
}
