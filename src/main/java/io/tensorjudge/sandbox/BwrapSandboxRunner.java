package io.tensorjudge.sandbox;

import io.tensorjudge.common.Language;
import io.tensorjudge.config.RoleConfig;
import io.tensorjudge.config.SandboxConfig;
import io.tensorjudge.sandbox.jail.Jail;
import jakarta.inject.Inject;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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

    private final SandboxConfig config;
    private final SandboxFiles files;
    private final Jail jail;
    /** Protections this host lacks, whether grading is refused or allowed without them (readiness: DEGRADED). */
    private final List<String> degraded;
    private final ScheduledExecutorService watchdog;
    private final ExecutorService refill;
    private final WorkerPool pythonPool;
    private final WorkerPool javaPool;
    private final String unavailable;
    private volatile boolean closing;
    private final String javaUnavailable;

    /** The app's sandbox: warm pools only where this instance grades (not on a web instance, tensorjudge.role). */
    @Inject
    public BwrapSandboxRunner(SandboxConfig config, RoleConfig role) {
        this(config, role.role().grades());
    }

    /** A sandbox with its warm pools (tests, the standalone mutation analysis). */
    public BwrapSandboxRunner(SandboxConfig config) {
        this(config, true);
    }

    private BwrapSandboxRunner(SandboxConfig config, boolean warm) {
        this.config = config;
        this.files = new SandboxFiles(Paths.get(config.cacheDir()));
        this.jail = new Jail(config, files.root());
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("sandbox-watchdog"));
        // One refill thread per warm worker, so a slow JVM start never holds up the Python pool.
        this.refill = Executors.newFixedThreadPool(
                Math.max(2, config.python().warmWorkers() + config.java().warmWorkers()), daemon("sandbox-refill"));
        SandboxSetup setup = new SandboxSetup(config, files, jail);
        this.unavailable = setup.prepare();
        this.degraded = setup.degraded;
        this.javaUnavailable = unavailable != null ? unavailable : setup.prepareJava();
        if (unavailable == null) {
            jail.startForkServer();
        }
        this.pythonPool = new WorkerPool(Language.PYTHON, config.python().warmWorkers(),
                () -> startReady(Language.PYTHON, defaultLimits(Language.PYTHON)), refill);
        this.javaPool = new WorkerPool(Language.JAVA, config.java().warmWorkers(),
                () -> startReady(Language.JAVA, defaultLimits(Language.JAVA)), refill);
        if (unavailable == null && warm) {
            pythonPool.start();
            if (javaUnavailable == null) {
                javaPool.start();
            }
        }
    }

    /** Whether Python jobs are forked from the fork server's template (python.fork-server, as root). */
    public boolean forkServerInUse() {
        return jail.forkServerInUse();
    }

    /** How a language's jobs start here: "fork-server" (Python as root) or "bwrap" (a bwrap sandbox per job). */
    public String runnerFor(Language language) {
        if (unavailableReason(language).isPresent()) {
            return "none";
        }
        return language == Language.PYTHON && forkServerInUse() ? "fork-server" : "bwrap";
    }

    /** Host pid of the fork server's template, -1 when none runs (the benchmark reads its CPU time). */
    public long forkTemplatePid() {
        return jail.templatePid();
    }

    /** The jails of this runner (tests: its fork server's template, live uids). */
    Jail jail() {
        return jail;
    }

    /** Protections missing on this host, with the reason (empty when fully protected). */
    public List<String> degradedReasons() {
        return List.copyOf(degraded);
    }

    public boolean seccompInUse() {
        return jail.seccompInUse();
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

    /** Configured size of a language's warm pool (0 when the language is unavailable here). */
    public int warmPoolSize(Language language) {
        return unavailableReason(language).isPresent() ? 0
                : (language == Language.PYTHON ? pythonPool : javaPool).size();
    }

    /** Workers started and not yet reaped (warm, running or being torn down). */
    int liveWorkers() {
        return jail.live();
    }

    /** The uids of workers started and not yet reaped (as root; empty otherwise). */
    java.util.Set<Integer> liveUids() {
        return jail.liveUids();
    }

    public boolean cgroupInUse() {
        return jail.cgroupInUse().isPresent();
    }

    @Override
    public SandboxResult run(SandboxJob job) {
        Optional<String> reason = unavailableReason(job.language());
        if (reason.isPresent()) {
            return SandboxResult.internalError(reason.get());
        }
        Optional<String> beyond = JobLimits.beyondTheJail(job, defaultLimits(job.language()));
        if (beyond.isPresent()) {
            return SandboxResult.internalError(beyond.get());
        }
        long start = System.nanoTime();
        int sourceBytes = job.source().getBytes(StandardCharsets.UTF_8).length;
        if (sourceBytes > config.maxSourceKb() * 1024) {
            String msg = "the source has " + sourceBytes + " bytes; the limit is " + config.maxSourceKb() + " KiB";
            return JobResults.jobWide(job, Outcome.COMPILE_ERROR, msg, "", "", false,
                    JobResults.usage(start, null, 0, 0));
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
        if (pool.size() > 0) {
            Worker w = pool.poll(job.language() == Language.PYTHON ? 2000 : 0);
            if (w != null) {
                return w;
            }
        }
        return startReady(job.language(), defaultLimits(job.language()));
    }

    /** Starts a worker and waits for its 'R' (interpreter warm, waiting for a job). */
    Worker startReady(Language language, SandboxLimits limits) throws Exception {
        Worker w = new Worker(jail.start(language, JobLimits.jail(limits), HarnessCommand.of(language, config, files)),
                limits.maxOutputBytes());
        Duration startTimeout = language == Language.JAVA ? config.java().startTime() : Duration.ofSeconds(10);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> dog = watchdog.schedule(() -> {
            timedOut.set(true);
            w.kill();
        }, startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            int tag = w.channel().read();
            if (tag != 'R') {
                throw new IOException("sandbox did not start" + (timedOut.get() ? " within " + startTimeout : "")
                        + ": " + firstLines(w.stderrText()));
            }
            w.process().attachAll();
            return w;
        } catch (IOException e) {
            w.kill();
            throw new IOException("sandbox did not start: " + firstLines(w.stderrText()), e);
        } finally {
            dog.cancel(false);
        }
    }

    private SandboxResult execute(Worker w, SandboxJob job, long start) {
        JobExchange x = new JobExchange(w, job, watchdog, () -> closing);
        x.run();
        return JobResults.collect(w, x, job, start, () -> closing, this::run);
    }

    // ---- self-test --------------------------------------------------------------------------------------------

    @Override
    public SelfTestReport selfTest() {
        return new SelfTest(this, config, jail.cgroupInUse()).run();
    }

    /** argv of a bare sandbox running {@code cmd}, for the self-test's namespace probe. */
    List<String> probeCommand(List<String> cmd) throws Exception {
        return jail.probeCommand(cmd);
    }

    @Override
    @PreDestroy
    public void close() {
        closing = true;
        jail.close(); // the fork server's template (its jobs die with its PID namespace), then every live worker
        pythonPool.close();
        javaPool.close();
        refill.shutdownNow();
        try {
            refill.awaitTermination(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A refill that was between starting a process and registering it is done now: kill what it left. The
        // watchdog goes last, since a starting worker still schedules its start timeout on it.
        jail.killAll();
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
