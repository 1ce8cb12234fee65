package io.tensorjudge.sandbox.jail;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One jailed process tree (a bwrap sandbox, or a job forked from the fork server's template) with its uid and its
 * cgroup. Killing it ends its PID namespace; reaping, removing the cgroup and giving the uid back happen in the
 * background, so the job's caller does not wait for them.
 */
public final class JailedProcess {
    private static final ExecutorService REAPER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sandbox-reaper");
        t.setDaemon(true);
        return t;
    });

    private final Process process;
    private final OptionalInt uid;
    private final Optional<Cgroups.Group> cgroup;
    private final Consumer<JailedProcess> onClose;
    private volatile boolean closed;

    private JailedProcess(Process process, OptionalInt uid, Optional<Cgroups.Group> cgroup,
            Consumer<JailedProcess> onClose) {
        this.process = process;
        this.uid = uid;
        this.cgroup = cgroup;
        this.onClose = onClose;
    }

    /** Starts {@code argv} with an empty environment (bwrap's own PID 1 would otherwise keep ours). */
    static JailedProcess start(List<String> argv, OptionalInt uid, Optional<Cgroups.Group> cgroup,
            Consumer<JailedProcess> onClose) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().clear();
        pb.directory(new File("/"));
        return of(pb.start(), uid, cgroup, onClose);
    }

    /** A started process (a bwrap sandbox, or a job of the fork server), put into its cgroup. */
    static JailedProcess of(Process p, OptionalInt uid, Optional<Cgroups.Group> cgroup,
            Consumer<JailedProcess> onClose) throws IOException {
        JailedProcess j = new JailedProcess(p, uid, cgroup, onClose);
        try {
            if (cgroup.isPresent()) {
                cgroup.get().attach(p.pid());
            }
            j.attachAll();
        } catch (IOException e) {
            j.kill();
            throw e;
        }
        return j;
    }

    /** Attaches what the process forked so far (bwrap forks its sandbox child after the first attach). */
    public void attachAll() throws IOException {
        if (cgroup.isPresent()) {
            for (ProcessHandle h : process.descendants().toList()) {
                cgroup.get().attach(h.pid());
            }
        }
    }

    /** A forked job whose fork server's template ended under it. */
    public boolean lostWithForkServer() {
        return ForkServer.lostWithTemplate(process);
    }

    OptionalInt uid() {
        return uid;
    }

    public boolean hasCgroup() {
        return cgroup.isPresent();
    }

    /** Whether the kernel killed a process of the tree for the cgroup's memory limit. */
    public boolean oomKilled() {
        return cgroup.isPresent() && cgroup.get().oomKilled();
    }

    /** Peak memory of the whole tree, 0 without a cgroup. */
    public long peakBytes() {
        return cgroup.map(Cgroups.Group::peakBytes).orElse(0L);
    }

    public long pid() {
        return process.pid();
    }

    public OutputStream stdin() {
        return process.getOutputStream();
    }

    public InputStream stdout() {
        return process.getInputStream();
    }

    public InputStream stderr() {
        return process.getErrorStream();
    }

    public boolean isAlive() {
        return !closed && process.isAlive();
    }

    /** Exit status once the process has ended, or empty if it is still running after the wait. */
    public OptionalInt awaitExit(long millis) {
        try {
            if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                return OptionalInt.of(process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalInt.empty();
    }

    /** SIGKILLs the process (its PID namespace dies with it) and anything left; idempotent. */
    public void kill() {
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
            cgroup.ifPresent(Cgroups.Group::destroy);
            onClose.accept(this);
        });
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
