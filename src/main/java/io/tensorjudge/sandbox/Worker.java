package io.tensorjudge.sandbox;

import io.tensorjudge.common.Language;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One sandboxed interpreter. It serves at most one job and is then killed, so nothing is shared between
 * candidates. stdout is the result channel (read with a byte cap), stderr is drained by a thread into a bounded
 * buffer; killing the bwrap process tears down its whole PID namespace.
 */
final class Worker {
    final Language language;
    final SandboxLimits startLimits;
    private final Process process;
    private final OptionalInt uid;
    private final Optional<Cgroups.Group> cgroup;
    private final Consumer<Worker> onClose;
    private final StderrPump stderr;
    private final Thread stderrThread;
    private final CappedInput channel;
    private volatile boolean closed;

    private Worker(Language language, SandboxLimits startLimits, Process process, OptionalInt uid,
            Optional<Cgroups.Group> cgroup, long stderrCap, Consumer<Worker> onClose) {
        this.language = language;
        this.startLimits = startLimits;
        this.process = process;
        this.uid = uid;
        this.cgroup = cgroup;
        this.onClose = onClose;
        this.channel = new CappedInput(process.getInputStream());
        this.stderr = new StderrPump(process.getErrorStream(), stderrCap, this::kill);
        this.stderrThread = new Thread(stderr, "sandbox-stderr-" + process.pid());
        stderrThread.setDaemon(true);
        stderrThread.start();
    }

    /** Starts the process with an empty environment (bwrap's own PID 1 would otherwise keep ours). */
    static Worker start(Language language, List<String> argv, SandboxLimits limits, OptionalInt uid,
            Optional<Cgroups.Group> cgroup, Consumer<Worker> onClose) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().clear();
        pb.directory(new java.io.File("/"));
        return of(language, pb.start(), limits, uid, cgroup, onClose);
    }

    /** A worker around a started process (a bwrap sandbox, or a job of the fork server), put into its cgroup. */
    static Worker of(Language language, Process p, SandboxLimits limits, OptionalInt uid,
            Optional<Cgroups.Group> cgroup, Consumer<Worker> onClose) throws IOException {
        Worker w = new Worker(language, limits, p, uid, cgroup, limits.maxOutputBytes(), onClose);
        if (cgroup.isPresent()) {
            try {
                cgroup.get().attach(p.pid());
                for (ProcessHandle h : p.descendants().toList()) {
                    cgroup.get().attach(h.pid());
                }
            } catch (IOException e) {
                w.kill();
                throw e;
            }
        }
        return w;
    }

    /** A forked job whose fork server's template ended under it. */
    boolean lostWithForkServer() {
        return ForkServer.lostWithTemplate(process);
    }

    OptionalInt uid() {
        return uid;
    }

    Optional<Cgroups.Group> cgroup() {
        return cgroup;
    }

    /** Re-attaches processes created since start (bwrap forks its sandbox child after we attached it). */
    void attachAll() throws IOException {
        if (cgroup.isPresent()) {
            for (ProcessHandle h : process.descendants().toList()) {
                cgroup.get().attach(h.pid());
            }
        }
    }

    long pid() {
        return process.pid();
    }

    OutputStream stdin() {
        return process.getOutputStream();
    }

    /** Result channel; throws {@link OutputLimitException} past the cap set with {@link #capChannel}. */
    InputStream channel() {
        return channel;
    }

    void capChannel(long bytes) {
        channel.cap = channel.read + bytes;
    }

    boolean isAlive() {
        return !closed && process.isAlive();
    }

    boolean stderrOverflow() {
        return stderr.overflow;
    }

    /**
     * Starts capturing stderr afresh (drops what the warm-up printed). {@code marker} is what the harness writes to
     * stderr at the end of phase 1: capture stops there by itself.
     */
    void resetStderr(byte[] marker) {
        stderr.reset(marker);
    }

    /**
     * Stops keeping stderr: from now on bytes are only counted against the cap. Waits (at most {@code millis}) for
     * the phase-1 marker first, so that what honest code printed before it is not lost; whatever the candidate does,
     * nothing read after this call is kept.
     */
    void sealStderr(long millis) {
        stderr.seal(millis);
    }

    /** Waits until stderr is fully drained (the process tree must be dead or dying). */
    void awaitStderr(long millis) {
        try {
            stderrThread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String stderrText() {
        return stderr.text();
    }

    /** Exit status once the process has ended, or empty if it is still running after the wait. */
    OptionalInt awaitExit(long millis) {
        try {
            if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                return OptionalInt.of(process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalInt.empty();
    }

    /**
     * SIGKILLs bwrap (its PID namespace dies with it) and anything left; idempotent. Reaping, cgroup removal and
     * giving the uid back happen in the background so the job's caller does not wait for them.
     */
    void kill() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        REAPER.execute(() -> {
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            closeQuietly(process.getOutputStream());
            closeQuietly(process.getInputStream());
            onClose.accept(this);
        });
    }

    private static final java.util.concurrent.ExecutorService REAPER = java.util.concurrent.Executors
            .newCachedThreadPool(r -> {
                Thread t = new Thread(r, "sandbox-reaper");
                t.setDaemon(true);
                return t;
            });

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // already gone
        }
    }

    static final class OutputLimitException extends IOException {
        OutputLimitException(String m) {
            super(m);
        }
    }

    /** Counts bytes and refuses to go past the cap, so a flood never reaches the heap. */
    private static final class CappedInput extends FilterInputStream {
        volatile long cap = 1 << 16;
        long read;

        CappedInput(InputStream in) {
            super(new java.io.BufferedInputStream(in, 1 << 16));
        }

        @Override
        public int read() throws IOException {
            check(1);
            int b = super.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check(1);
            int n = super.read(b, off, (int) Math.min(len, cap - read));
            if (n > 0) {
                read += n;
            }
            return n;
        }

        private void check(long n) throws OutputLimitException {
            if (read + n > cap) {
                throw new OutputLimitException("result channel exceeded " + cap + " bytes");
            }
        }
    }

    /**
     * Keeps the first {@code cap} bytes of stderr until sealed; more than {@code cap} bytes in all kills the worker
     * (OUTPUT_LIMIT).
     */
    private static final class StderrPump implements Runnable {
        private final InputStream in;
        private final long cap;
        private final Runnable onOverflow;
        private final Kept kept = new Kept();
        private long total;
        private byte[] marker;
        private boolean sealed;
        volatile boolean overflow;

        StderrPump(InputStream in, long cap, Runnable onOverflow) {
            this.in = in;
            this.cap = cap;
            this.onOverflow = onOverflow;
        }

        @Override
        public void run() {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    synchronized (this) {
                        total += n;
                        if (!sealed) {
                            keep(buf, n);
                        }
                        if (total > cap) {
                            overflow = true;
                        }
                    }
                    if (overflow) {
                        onOverflow.run();
                        return;
                    }
                }
            } catch (IOException e) {
                // process gone
            }
        }

        /** Appends what was read; at the marker, drops it and seals. Called with the lock held. */
        private void keep(byte[] buf, int n) {
            int before = kept.size();
            kept.write(buf, 0, (int) Math.max(0, Math.min(n, cap - before)));
            if (marker != null) {
                int at = kept.indexOf(marker, Math.max(0, before - marker.length + 1));
                if (at >= 0) {
                    kept.truncate(at);
                    sealed = true;
                    notifyAll();
                }
            }
        }

        synchronized void reset(byte[] marker) {
            kept.reset();
            total = 0;
            sealed = false;
            this.marker = marker;
        }

        synchronized void seal(long millis) {
            long deadline = System.nanoTime() + millis * 1_000_000;
            try {
                while (!sealed && marker != null) {
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    if (left <= 0) {
                        break;
                    }
                    wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sealed = true;
        }

        synchronized String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class Kept extends ByteArrayOutputStream {
        void truncate(int size) {
            count = Math.min(count, size);
        }

        int indexOf(byte[] needle, int from) {
            outer:
            for (int i = from; i + needle.length <= count; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (buf[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
