package io.tensorjudge.sandbox;

import io.tensorjudge.config.SandboxConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Runs submissions in bubblewrap sandboxes: no network, no view of the host's files except a read-only system,
 * sized tmpfs mounts, rlimits (and a cgroup where allowed), an unprivileged uid when we are root, and a wall-clock
 * SIGKILL from here. Warm pools hide interpreter start-up; every worker serves one job and is then killed.
 */
@ApplicationScoped
public class BwrapSandboxRunner implements SandboxRunner, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BwrapSandboxRunner.class);
    /** Framing overhead allowed on the result channel on top of the result and stdout caps. */
    private static final long CHANNEL_SLACK = 1 << 20;

    private final SandboxConfig config;
    private final SandboxFiles files;
    private final BwrapCommand command;
    private final UidPool uids;
    private final Optional<Cgroups> cgroups;
    private final ScheduledExecutorService watchdog;
    private final ExecutorService refill;
    private final WorkerPool pythonPool;
    private final WorkerPool javaPool;
    private final String unavailable;
    private final java.util.Set<Worker> live = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean closing;
    private final String javaUnavailable;

    public BwrapSandboxRunner(SandboxConfig config) {
        this.config = config;
        this.files = new SandboxFiles(Paths.get(config.cacheDir()));
        this.command = new BwrapCommand(config, files);
        this.uids = new UidPool(UidPool.runningAsRoot(), config.uidBase(), config.uidCount());
        this.cgroups = config.enabled() && config.cgroup() ? Cgroups.detect() : Optional.empty();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("sandbox-watchdog"));
        // One refill thread per warm worker, so a slow JVM start never holds up the Python pool.
        this.refill = Executors.newFixedThreadPool(
                Math.max(2, config.python().warmWorkers() + config.java().warmWorkers()), daemon("sandbox-refill"));
        this.unavailable = prepare();
        this.javaUnavailable = unavailable != null ? unavailable : prepareJava();
        this.pythonPool = new WorkerPool(Language.PYTHON, config.python().warmWorkers(),
                () -> startReady(Language.PYTHON, defaultLimits(Language.PYTHON)), refill);
        this.javaPool = new WorkerPool(Language.JAVA, config.java().warmWorkers(),
                () -> startReady(Language.JAVA, defaultLimits(Language.JAVA)), refill);
        if (unavailable == null) {
            pythonPool.start();
            if (javaUnavailable == null) {
                javaPool.start();
            }
        }
    }

    private String prepare() {
        if (!config.enabled()) {
            return "the sandbox is disabled (tensorjudge.sandbox.enabled=false)";
        }
        for (String tool : List.of(config.bwrapPath(), config.prlimitPath())) {
            if (!Files.isExecutable(Paths.get(tool))) {
                return tool + " not found: install bubblewrap and util-linux (apt-get install bubblewrap util-linux)";
            }
        }
        if (uids.enabled() && !Files.isExecutable(Paths.get(config.setprivPath()))) {
            return config.setprivPath() + " not found; it is needed to leave uid 0 (apt-get install util-linux)";
        }
        List<Path> closed = files.untraversableParents();
        if (uids.enabled() && !closed.isEmpty()) {
            return "the sandbox uid cannot reach the cache dir " + files.root() + " because " + closed
                    + " is not world-executable; set tensorjudge.sandbox.cache-dir to another place";
        }
        try {
            files.preparePython();
            return null;
        } catch (IOException e) {
            return "cannot prepare " + files.root() + ": " + e.getMessage();
        }
    }

    private String prepareJava() {
        if (!config.java().enabled()) {
            return "Java submissions are disabled (tensorjudge.sandbox.java.enabled=false)";
        }
        try {
            files.prepareJava(config.java().classpath());
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Java sandbox unavailable", e);
            return "Java sandbox unavailable: " + e.getMessage();
        }
    }

    @Override
    public SandboxLimits defaultLimits(Language language) {
        long memory = (long) (language == Language.PYTHON ? config.python().memoryMb() : config.java().memoryMb()) << 20;
        Duration wall = config.wallTime();
        return new SandboxLimits(wall, config.cpuTime(), memory, config.maxProcesses(),
                (long) config.maxFileMb() << 20,
                language == Language.PYTHON ? config.maxOpenFiles() : config.java().maxOpenFiles(),
                (long) config.maxOutputKb() << 10,
                (long) config.maxResultMb() << 20);
    }

    @Override
    public Optional<String> unavailableReason(Language language) {
        return Optional.ofNullable(language == Language.JAVA ? javaUnavailable : unavailable);
    }

    /** Warm workers of a language waiting for a job right now (for monitoring and the benchmark). */
    public int warmWorkersReady(Language language) {
        return (language == Language.PYTHON ? pythonPool : javaPool).ready();
    }

    /** Workers started and not yet reaped (warm, running or being torn down). */
    int liveWorkers() {
        return live.size();
    }

    public boolean cgroupInUse() {
        return cgroups.isPresent();
    }

    @Override
    public SandboxResult run(SandboxJob job) {
        Optional<String> reason = unavailableReason(job.language());
        if (reason.isPresent()) {
            return SandboxResult.internalError(reason.get());
        }
        long start = System.nanoTime();
        int sourceBytes = job.source().getBytes(StandardCharsets.UTF_8).length;
        if (sourceBytes > config.maxSourceKb() * 1024) {
            String msg = "the source has " + sourceBytes + " bytes; the limit is " + config.maxSourceKb() + " KiB";
            return jobWide(job, Outcome.COMPILE_ERROR, msg, "", "", false, usage(start, null, 0, 0));
        }
        Worker worker = null;
        try {
            worker = acquire(job);
            return execute(worker, job, start);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("sandbox failure", e);
            return SandboxResult.internalError("the sandbox could not run the job: " + e);
        } finally {
            if (worker != null) {
                worker.kill();
            }
        }
    }

    private Worker acquire(SandboxJob job) throws Exception {
        WorkerPool pool = job.language() == Language.PYTHON ? pythonPool : javaPool;
        SandboxLimits warm = defaultLimits(job.language());
        SandboxLimits wanted = job.limits();
        boolean fits = wanted.memoryBytes() <= warm.memoryBytes() && wanted.maxProcesses() <= warm.maxProcesses()
                && wanted.maxFileBytes() <= warm.maxFileBytes() && wanted.maxOpenFiles() <= warm.maxOpenFiles()
                && wanted.cpuTime().compareTo(warm.cpuTime()) <= 0
                && (job.language() == Language.PYTHON || wanted.memoryBytes() == warm.memoryBytes());
        if (fits && pool.size() > 0) {
            Worker w = pool.poll(job.language() == Language.PYTHON ? 2000 : 0);
            if (w != null) {
                return w;
            }
        }
        return startReady(job.language(), wanted);
    }

    /** Starts a worker and waits for its 'R' (interpreter warm, waiting for a job). */
    Worker startReady(Language language, SandboxLimits limits) throws Exception {
        OptionalInt uid = uids.acquire();
        Optional<Cgroups.Group> group = Optional.empty();
        Worker w = null;
        try {
            if (cgroups.isPresent()) {
                group = Optional.of(cgroups.get().create(limits.memoryBytes(), limits.maxProcesses() + 8));
            }
            List<String> argv = command.build(language, limits, uid);
            Optional<Cgroups.Group> g = group;
            w = Worker.start(language, argv, limits, uid, group, done -> {
                g.ifPresent(Cgroups.Group::destroy);
                uids.release(uid);
                live.remove(done);
            });
            live.add(w);
        } catch (Exception e) {
            group.ifPresent(Cgroups.Group::destroy);
            uids.release(uid);
            throw e;
        }
        if (closing) { // close() may already have swept the live set; the kill's callback frees uid and cgroup
            w.kill();
            throw new IOException("the sandbox is closing");
        }
        Duration startTimeout = language == Language.JAVA ? config.java().startTime() : Duration.ofSeconds(10);
        Worker started = w;
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> dog = watchdog.schedule(() -> {
            timedOut.set(true);
            started.kill();
        }, startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            int tag = w.channel().read();
            if (tag != 'R') {
                throw new IOException("sandbox did not start" + (timedOut.get() ? " within " + startTimeout : "")
                        + ": " + firstLines(w.stderrText()));
            }
            w.attachAll();
            return w;
        } catch (IOException e) {
            w.kill();
            throw new IOException("sandbox did not start: " + firstLines(w.stderrText()), e);
        } finally {
            dog.cancel(false);
        }
    }

    private SandboxResult execute(Worker w, SandboxJob job, long start) {
        SandboxLimits limits = job.limits();
        AtomicBoolean timedOut = new AtomicBoolean();
        // The clock starts when a ready sandbox gets the job: a slow cold start is ours, not the candidate's.
        long remaining = limits.wallTime().toMillis();
        ScheduledFuture<?> dog = watchdog.schedule(() -> {
            timedOut.set(true);
            w.kill();
        }, remaining, TimeUnit.MILLISECONDS);
        w.resetStderr();
        w.capChannel(limits.maxResultBytes() + limits.maxOutputBytes() + CHANNEL_SLACK);
        List<CaseResult> done = new ArrayList<>();
        Outcome loadOutcome = null;
        String loadMessage = null;
        String stdout = "";
        boolean truncated = false;
        long cpuMicros = 0;
        long peakBytes = 0;
        boolean delivered = false;
        Outcome failure = null;
        String failureMessage = null;
        try {
            w.stdin().write(WireFormat.encodeJob(job));
            w.stdin().close();
            delivered = true;
            long maxElements = Math.max(1, limits.maxResultBytes());
            WireFormat.Reader r = new WireFormat.Reader(w.channel(), maxElements);
            while (true) {
                int tag = r.tag();
                if (tag == 'R' && loadOutcome == null && done.isEmpty()) {
                    continue;
                } else if (tag == 'C') {
                    int status = r.u8();
                    String msg = r.str();
                    if (status == 1) {
                        loadOutcome = Outcome.COMPILE_ERROR;
                        loadMessage = msg;
                    } else if (status == 2) {
                        loadOutcome = Outcome.RUNTIME_ERROR;
                        loadMessage = msg;
                    }
                } else if (tag == 'K') {
                    done.add(readCase(r, job, done.size(), limits));
                } else if (tag == 'Z') {
                    byte[] out = r.bytes(limits.maxOutputBytes());
                    stdout = new String(out, StandardCharsets.UTF_8);
                    truncated = r.u8() != 0;
                    cpuMicros = r.u64();
                    peakBytes = r.u64();
                    break;
                } else if (tag == -1) {
                    throw new EOFException("result channel closed");
                } else {
                    throw new WireException("unexpected frame " + tag);
                }
            }
        } catch (Worker.OutputLimitException e) {
            failure = Outcome.OUTPUT_LIMIT;
            failureMessage = "the submission wrote more than the output limit";
        } catch (IOException | WireException | RuntimeException e) {
            if (closing) {
                failure = Outcome.INTERNAL_ERROR;
                failureMessage = "the server is shutting down";
            } else if (timedOut.get()) {
                failure = Outcome.TIME_LIMIT;
                failureMessage = "wall time limit of " + limits.wallTime().toMillis() + " ms exceeded";
            } else if (!delivered) {
                failure = Outcome.INTERNAL_ERROR;
                failureMessage = "could not send the job to the sandbox: " + e.getMessage();
            } else {
                w.kill();
                failure = classifyDeath(w, e);
                failureMessage = deathMessage(w, e, failure);
            }
        } finally {
            dog.cancel(false);
        }
        // The harness exits right after its last frame; then everything still holding stderr is killed.
        w.awaitExit(200);
        w.kill();
        w.awaitStderr(1000);
        if (w.stderrOverflow()) {
            failure = failure == null || failure == Outcome.RUNTIME_ERROR ? Outcome.OUTPUT_LIMIT : failure;
            failureMessage = failureMessage != null ? failureMessage
                    : "the submission wrote more than " + limits.maxOutputBytes() + " bytes to stderr";
            truncated = true;
        }
        if (w.cgroup().isPresent()) {
            peakBytes = w.cgroup().get().peakBytes();
        }
        String stderr = w.stderrText();
        ResourceUsage usage = usage(start, w, cpuMicros, peakBytes);
        if (loadOutcome != null) {
            return jobWide(job, loadOutcome, loadMessage, stdout, stderr, truncated, usage);
        }
        List<CaseResult> cases = new ArrayList<>(done);
        if (failure != null) {
            for (int i = done.size(); i < job.cases().size(); i++) {
                String name = job.cases().get(i).name();
                String msg = i == done.size() ? failureMessage
                        : "not run: the sandbox ended during case " + job.cases().get(done.size()).name();
                cases.add(new CaseResult(name, failure, null, msg, 0));
            }
        }
        Outcome overall = failure != null ? failure : Outcome.OK;
        for (CaseResult c : cases) {
            if (c.outcome() != Outcome.OK) {
                overall = c.outcome();
                break;
            }
        }
        if (failure == Outcome.OUTPUT_LIMIT) {
            overall = Outcome.OUTPUT_LIMIT;
        }
        String message = failure != null ? failureMessage : overall == Outcome.OK ? "ok" : "a case failed";
        return new SandboxResult(overall, cases, stdout, stderr, truncated, usage, message);
    }

    private CaseResult readCase(WireFormat.Reader r, SandboxJob job, int index, SandboxLimits limits)
            throws IOException, WireException {
        String name = r.str();
        if (index >= job.cases().size() || !job.cases().get(index).name().equals(name)) {
            throw new WireException("unexpected case " + name);
        }
        int code = r.u8();
        long micros = r.u64();
        switch (code) {
            case WireFormat.CASE_OK:
                return new CaseResult(name, Outcome.OK, r.value(limits.maxResultBytes()), null, micros);
            case WireFormat.CASE_ERROR:
                return new CaseResult(name, Outcome.RUNTIME_ERROR, null, r.str(), micros);
            case WireFormat.CASE_MEMORY:
                return new CaseResult(name, Outcome.MEMORY_LIMIT, null, r.str(), micros);
            case WireFormat.CASE_OUTPUT:
                return new CaseResult(name, Outcome.OUTPUT_LIMIT, null, r.str(), micros);
            default:
                throw new WireException("unknown case status " + code);
        }
    }

    private Outcome classifyDeath(Worker w, Exception e) {
        if (w.cgroup().isPresent() && w.cgroup().get().oomKilled()) {
            return Outcome.MEMORY_LIMIT;
        }
        if (e instanceof WireException) {
            return Outcome.RUNTIME_ERROR;
        }
        OptionalInt status = w.awaitExit(2000);
        if (status.isPresent() && status.getAsInt() == 128 + 24) { // SIGXCPU: RLIMIT_CPU reached
            return Outcome.TIME_LIMIT;
        }
        return Outcome.RUNTIME_ERROR;
    }

    private static String deathMessage(Worker w, Exception e, Outcome outcome) {
        if (e instanceof WireException) {
            return "the submission corrupted the result channel (" + e.getMessage() + ")";
        }
        if (outcome == Outcome.MEMORY_LIMIT) {
            return "memory limit exceeded (killed by the kernel)";
        }
        if (outcome == Outcome.TIME_LIMIT) {
            return "CPU time limit exceeded";
        }
        OptionalInt status = w.awaitExit(0);
        String how = status.isEmpty() ? "ended" : status.getAsInt() > 128
                ? "was killed by signal " + (status.getAsInt() - 128) + signalName(status.getAsInt() - 128)
                : "exited with status " + status.getAsInt();
        return "the submission's process " + how + " before finishing";
    }

    private static String signalName(int sig) {
        return switch (sig) {
            case 6 -> " (SIGABRT)";
            case 9 -> " (SIGKILL)";
            case 11 -> " (SIGSEGV)";
            case 25 -> " (SIGXFSZ)";
            default -> "";
        };
    }

    private static SandboxResult jobWide(SandboxJob job, Outcome outcome, String message, String stdout,
            String stderr, boolean truncated, ResourceUsage usage) {
        List<CaseResult> cases = new ArrayList<>();
        for (SandboxCase c : job.cases()) {
            cases.add(new CaseResult(c.name(), outcome, null, message, 0));
        }
        return new SandboxResult(outcome, cases, stdout, stderr, truncated, usage, message);
    }

    private ResourceUsage usage(long start, Worker w, long cpuMicros, long peakBytes) {
        long wall = (System.nanoTime() - start) / 1000;
        return new ResourceUsage(wall, cpuMicros, peakBytes, w != null && w.cgroup().isPresent());
    }

    // ---- self-test --------------------------------------------------------------------------------------------

    @Override
    public SelfTestReport selfTest() {
        return new SelfTest(this, config, cgroups.map(Cgroups::describe)).run();
    }

    /** argv of a bare sandbox running {@code cmd}, for the self-test's namespace probe. */
    List<String> probeCommand(List<String> cmd) throws Exception {
        OptionalInt uid = uids.acquire();
        try {
            List<String> argv = new ArrayList<>();
            if (uid.isPresent()) {
                argv.addAll(List.of(config.setprivPath(), "--reuid=" + uid.getAsInt(), "--regid=" + uid.getAsInt(),
                        "--clear-groups", "--inh-caps=-all", "--no-new-privs"));
            }
            argv.addAll(List.of(config.bwrapPath(), "--unshare-all", "--unshare-user", "--die-with-parent",
                    "--disable-userns", "--ro-bind", "/usr", "/usr", "--ro-bind-try", "/lib", "/lib",
                    "--ro-bind-try", "/lib64", "/lib64", "--ro-bind-try", "/bin", "/bin", "--proc", "/proc"));
            argv.addAll(cmd);
            return argv;
        } finally {
            uids.release(uid);
        }
    }

    @Override
    @PreDestroy
    public void close() {
        closing = true;
        pythonPool.close();
        javaPool.close();
        refill.shutdownNow();
        live.forEach(Worker::kill); // workers still starting, and jobs in flight (reported as INTERNAL_ERROR)
        try {
            refill.awaitTermination(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A refill that was between starting a process and registering it is done now: kill what it left. The
        // watchdog goes last, since a starting worker still schedules its start timeout on it.
        live.forEach(Worker::kill);
        watchdog.shutdownNow();
    }

    private static String firstLines(String s) {
        String t = s.strip();
        return t.length() > 800 ? t.substring(0, 800) + "..." : t;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
