package io.tensorjudge.sandbox.jail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/** One template: bwrap (our child) → its PID 1 → the template, which reports "T pid", "F id pid", "X id st". */
final class ForkTemplate implements ForkedJob.Control {
    private static final Logger LOG = Logger.getLogger(ForkTemplate.class);
    final int uid;
    final Process process;
    final CompletableFuture<Void> started = new CompletableFuture<>();
    private final Map<String, ForkedJob> jobs = new ConcurrentHashMap<>();
    private final ArrayDeque<String> stderr = new ArrayDeque<>();
    volatile ProcessHandle handle;
    volatile boolean dead;
    private final UidPool uids;
    private final BooleanSupplier closing;

    ForkTemplate(int uid, List<String> argv, UidPool uids, BooleanSupplier closing) throws IOException {
        this.uid = uid;
        this.uids = uids;
        this.closing = closing;
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().clear();
        pb.directory(new File("/"));
        this.process = pb.start();
        daemon(this::readControl, "sandbox-fork-control");
        daemon(this::drainStderr, "sandbox-fork-stderr");
    }

    synchronized void add(ForkedJob job) throws IOException {
        if (dead) {
            throw new IOException("the fork server's template ended: " + stderrTail());
        }
        jobs.put(job.id, job);
    }

    @Override
    public synchronized void send(String line) throws IOException {
        OutputStream out = process.getOutputStream();
        out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    void kill() {
        ProcessHandle h = handle;
        if (h != null) {
            h.destroyForcibly();
        }
        process.destroyForcibly();
    }

    private void readControl() {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] w = line.split(" ");
                if (w[0].equals("T")) {
                    handle = find(process.toHandle().descendants(), Long.parseLong(w[1]));
                    started.complete(null);
                } else if (w[0].equals("F") && jobs.containsKey(w[1])) {
                    jobs.get(w[1]).forked(find(children(handle), Long.parseLong(w[2])));
                } else if (w[0].equals("X") && jobs.containsKey(w[1])) {
                    jobs.remove(w[1]).ended(Integer.parseInt(w[2]), false);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("fork server: control channel failed: " + e);
        }
        died();
    }

    private void died() {
        kill();
        try {
            process.waitFor(5, TimeUnit.SECONDS); // bwrap exits once its PID namespace, jobs included, is gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<ForkedJob> left;
        synchronized (this) {
            dead = true;
            left = List.copyOf(jobs.values());
            jobs.clear();
        }
        started.completeExceptionally(new IOException("the fork server's template ended: " + stderrTail()));
        left.forEach(j -> j.ended(128 + 9, true));
        uids.release(OptionalInt.of(uid));
        if (!closing.getAsBoolean()) {
            LOG.warn("the fork server's template ended; the next job starts a new one. " + stderrTail());
        }
    }

    private void drainStderr() {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (stderr) {
                    stderr.addLast(line.length() > 500 ? line.substring(0, 500) : line);
                    if (stderr.size() > 20) {
                        stderr.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // the template is gone
        }
    }

    String stderrTail() {
        synchronized (stderr) {
            return String.join("\n", stderr);
        }
    }

    /** The process among {@code candidates} whose pid in the template's PID namespace is {@code nsPid}. */
    private static ProcessHandle find(Stream<ProcessHandle> candidates, long nsPid) {
        for (ProcessHandle h : candidates.toList()) {
            try {
                for (String line : Files.readAllLines(Paths.get("/proc", Long.toString(h.pid()), "status"))) {
                    String[] ids = line.startsWith("NSpid:") ? line.substring(6).trim().split("\\s+") : null;
                    if (ids != null && ids.length >= 2 && Long.parseLong(ids[1]) == nsPid) {
                        return h;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // exited meanwhile
            }
        }
        return null;
    }

    /** The template's children: one small file when the kernel has it, else a scan of all processes. */
    private static Stream<ProcessHandle> children(ProcessHandle parent) {
        Path file = Paths.get("/proc", Long.toString(parent.pid()), "task", Long.toString(parent.pid()), "children");
        try {
            return Stream.of(Files.readString(file).trim().split("\\s+")).filter(s -> !s.isEmpty())
                    .map(s -> ProcessHandle.of(Long.parseLong(s))).flatMap(Optional::stream);
        } catch (IOException e) {
            return parent.children();
        }
    }

    static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}
