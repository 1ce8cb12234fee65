package io.tensorjudge.sandbox;

import io.tensorjudge.common.Language;
import io.tensorjudge.config.RoleConfig;
import io.tensorjudge.config.SandboxConfig;
import jakarta.inject.Inject;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final SandboxConfig config;
    private final SandboxFiles files;
    private final BwrapCommand command;
    private Optional<SeccompFilter> seccomp = Optional.empty();
    /** Protections this host lacks, whether grading is refused or allowed without them (readiness: DEGRADED). */
    private final List<String> degraded = new ArrayList<>();
    private final UidPool uids;
    private final Optional<Cgroups> cgroups;
    private final String cgroupProblem;
    private final ScheduledExecutorService watchdog;
    private final ExecutorService refill;
    private final WorkerPool pythonPool;
    private final WorkerPool javaPool;
    private final String unavailable;
    private final java.util.Set<Worker> live = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean closing;
    private final String javaUnavailable;
    /** Python jobs forked from a warm template instead of a bwrap each (python.fork-server; root only). */
    private final Optional<ForkServer> forkServer;

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
        this.uids = new UidPool(UidPool.runningAsRoot(), config.uidBase(), config.uidCount());
        Cgroups.Detection found = config.enabled() && config.cgroup() ? Cgroups.detect()
                : new Cgroups.Detection(Optional.empty(), "cgroups are off (tensorjudge.sandbox.cgroup=false)");
        this.cgroups = found.cgroups();
        this.cgroupProblem = cgroups.isPresent() ? null : found.why();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("sandbox-watchdog"));
        // One refill thread per warm worker, so a slow JVM start never holds up the Python pool.
        this.refill = Executors.newFixedThreadPool(
                Math.max(2, config.python().warmWorkers() + config.java().warmWorkers()), daemon("sandbox-refill"));
        this.unavailable = prepare();
        this.command = new BwrapCommand(config, files, seccomp);
        this.javaUnavailable = unavailable != null ? unavailable : prepareJava();
        this.forkServer = unavailable == null ? startForkServer() : Optional.empty();
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
        } catch (IOException e) {
            return "cannot prepare " + files.root() + ": " + e.getMessage();
        }
        String seccompRefusal = prepareSeccomp();
        return seccompRefusal != null ? seccompRefusal : checkCgroup();
    }

    /** Without a cgroup only per-process rlimits bound a job: refused unless allow-without-cgroup is set. */
    private String checkCgroup() {
        if (cgroups.isPresent()) {
            return null;
        }
        String why = "no cgroup for the job's process tree: " + cgroupProblem;
        degraded.add(why);
        if (config.allowWithoutCgroup()) {
            LOG.warn(why + "; grading runs with per-process rlimits only"
                    + " (tensorjudge.sandbox.allow-without-cgroup=true)");
            return null;
        }
        return why + "; grading is refused (set tensorjudge.sandbox.allow-without-cgroup=true to grade with"
                + " per-process rlimits only)";
    }

    /** Builds the syscall filter; without it grading is refused unless allow-without-seccomp is set. */
    private String prepareSeccomp() {
        try {
            seccomp = Optional.of(SeccompFilter.export(config.python().path(), files.root().resolve("seccomp")));
            return null;
        } catch (IOException e) {
            String why = "no seccomp filter: " + e.getMessage();
            degraded.add(why);
            if (config.allowWithoutSeccomp()) {
                LOG.warn(why + "; grading runs unfiltered (tensorjudge.sandbox.allow-without-seccomp=true)");
                return null;
            }
            return why + "; grading is refused (set tensorjudge.sandbox.allow-without-seccomp=true to grade"
                    + " without the filter)";
        }
    }

    private Optional<ForkServer> startForkServer() {
        if (!config.python().forkServer()) {
            return Optional.empty();
        }
        if (!uids.enabled() || seccomp.isEmpty()) {
            // each job needs a uid of its own, distinct from the template's, and the filter it loads itself
            LOG.warn("the Python fork server needs root and the seccomp filter: Python jobs start a bwrap each");
            return Optional.empty();
        }
        try {
            return Optional.of(new ForkServer(command, uids, (long) config.tmpfsMb() << 20));
        } catch (IOException e) {
            LOG.warn("the Python fork server is unavailable (" + e + "): Python jobs start a bwrap each");
            return Optional.empty();
        }
    }

    /** Whether Python jobs are forked from the fork server's template (python.fork-server, as root). */
    public boolean forkServerInUse() {
        return forkServer.isPresent();
    }

    /** How a language's jobs start here: "fork-server" (Python as root) or "bwrap" (a bwrap sandbox per job). */
    public String runnerFor(Language language) {
        if (unavailableReason(language).isPresent()) {
            return "none";
        }
        return language == Language.PYTHON && forkServer.isPresent() ? "fork-server" : "bwrap";
    }

    /** Host pid of the fork server's template, -1 when none runs (the benchmark reads its CPU time). */
    public long forkTemplatePid() {
        return forkServer.map(ForkServer::templatePid).orElse(-1L);
    }

    /** The fork server, when Python jobs are forked from a template (tests). */
    Optional<ForkServer> forkServer() {
        return forkServer;
    }

    /** Protections missing on this host, with the reason (empty when fully protected). */
    public List<String> degradedReasons() {
        return List.copyOf(degraded);
    }

    public boolean seccompInUse() {
        return seccomp.isPresent();
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

    /** Configured size of a language's warm pool (0 when the language is unavailable here). */
    public int warmPoolSize(Language language) {
        return unavailableReason(language).isPresent() ? 0
                : (language == Language.PYTHON ? pythonPool : javaPool).size();
    }

    /** Workers started and not yet reaped (warm, running or being torn down). */
    int liveWorkers() {
        return live.size();
    }

    /** The uids of workers started and not yet reaped (as root; empty otherwise). */
    java.util.Set<Integer> liveUids() {
        java.util.Set<Integer> uids = new java.util.HashSet<>();
        for (Worker w : live) {
            w.uid().ifPresent(uids::add);
        }
        forkServer.flatMap(f -> {
            OptionalInt t = f.templateUid();
            return t.isPresent() ? Optional.of(t.getAsInt()) : Optional.empty();
        }).ifPresent(uids::add);
        return uids;
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
                group = Optional.of(cgroups.get().create(limits.memoryBytes(), limits.maxProcesses() + 8,
                        config.cpus()));
            }
            Optional<Cgroups.Group> g = group;
            java.util.function.Consumer<Worker> onClose = done -> {
                g.ifPresent(Cgroups.Group::destroy);
                uids.release(uid);
                live.remove(done);
            };
            if (language == Language.PYTHON && forkServer.isPresent()) {
                w = Worker.of(language, forkServer.get().fork(limits, uid.getAsInt()), limits, uid, group, onClose);
            } else {
                w = Worker.start(language, command.build(language, limits, uid), limits, uid, group, onClose);
            }
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
        JobExchange x = new JobExchange(w, job, watchdog, () -> closing);
        x.run();
        // The harness exits right after its last frame; then everything still holding stderr is killed.
        w.awaitExit(200);
        // read the group before the kill: once the worker is reaped its cgroup is removed
        boolean treeOom = w.cgroup().isPresent() && w.cgroup().get().oomKilled();
        long peakBytes = w.cgroup().isPresent() ? w.cgroup().get().peakBytes() : x.peakBytes;
        w.kill();
        w.awaitStderr(1000);
        Outcome failure = x.failure;
        String failureMessage = x.failureMessage;
        if (failure != null && w.lostWithForkServer()) { // its template died: our failure, not the candidate's
            failure = Outcome.INTERNAL_ERROR;
            failureMessage = "the sandbox's fork server ended during the job";
        }
        boolean truncated = x.truncated;
        if (treeOom && failure != Outcome.INTERNAL_ERROR) {
            // a process of the job's tree was killed for the tree's memory limit, even if the harness survived
            failure = Outcome.MEMORY_LIMIT;
            failureMessage = "the job's processes together used more than its memory limit of "
                    + (job.limits().memoryBytes() >> 20) + " MiB (killed by the kernel)";
        }
        if (w.stderrOverflow()) {
            failure = failure == null || failure == Outcome.RUNTIME_ERROR ? Outcome.OUTPUT_LIMIT : failure;
            failureMessage = failureMessage != null && failure != Outcome.OUTPUT_LIMIT ? failureMessage
                    : "the submission wrote more than " + job.limits().maxOutputBytes() + " bytes to stderr";
            truncated = true;
        }
        String stderr = w.stderrText(); // sealed before any hidden input was sent
        ResourceUsage usage = usage(start, w, x.cpuMicros, peakBytes);
        if (x.loadOutcome != null) {
            return jobWide(job, x.loadOutcome, x.loadMessage, x.stdout, stderr, truncated, usage);
        }
        int visible = job.cases().size();
        List<SandboxCase> all = job.allCases();
        // Phase 1 ended early: its remaining cases share the failure, and the hidden cases still get a run of their
        // own in a fresh sandbox, as they would as a separate job (not when the module never loaded).
        boolean rerunHidden = failure != null && !x.hiddenSent && x.loaded && visible > 0
                && !job.hiddenCases().isEmpty() && !closing;
        List<CaseResult> cases = new ArrayList<>(x.done);
        int failedAt = cases.size();
        for (int i = failedAt; i < (rerunHidden ? visible : all.size()); i++) {
            String name = all.get(i).name();
            cases.add(new CaseResult(name, failure, null, i == failedAt ? failureMessage
                    : "not run: the sandbox ended during case " + all.get(failedAt).name(), 0));
        }
        Outcome visibleOutcome = outcomeOf(cases.subList(0, visible), x.hiddenSent ? null : failure);
        Outcome hiddenOutcome;
        if (rerunHidden) {
            SandboxResult hidden = run(new SandboxJob(job.language(), job.source(), job.entryPoint(), List.of(),
                    job.hiddenCases(), job.limits()));
            cases.addAll(hidden.cases());
            hiddenOutcome = hidden.outcome();
        } else {
            hiddenOutcome = outcomeOf(cases.subList(visible, cases.size()), x.hiddenSent ? failure : null);
        }
        Outcome overall = worse(visibleOutcome, hiddenOutcome);
        String message = failure != null ? failureMessage : overall == Outcome.OK ? "ok" : "a case failed";
        return new SandboxResult(overall, cases, x.stdout, stderr, truncated, usage, message);
    }

    /** The first failing kind among the cases, the process's own failure otherwise; OUTPUT_LIMIT wins. */
    private static Outcome outcomeOf(List<CaseResult> cases, Outcome failure) {
        Outcome overall = failure != null ? failure : Outcome.OK;
        for (CaseResult c : cases) {
            if (c.outcome() != Outcome.OK) {
                overall = c.outcome();
                break;
            }
        }
        return failure == Outcome.OUTPUT_LIMIT ? Outcome.OUTPUT_LIMIT : overall;
    }

    /** Of the two phases' outcomes, the job-wide kind first (internal, compile, time, memory, output), else a. */
    static Outcome worse(Outcome a, Outcome b) {
        List<Outcome> order = List.of(Outcome.INTERNAL_ERROR, Outcome.COMPILE_ERROR, Outcome.TIME_LIMIT,
                Outcome.MEMORY_LIMIT, Outcome.OUTPUT_LIMIT);
        int ia = order.indexOf(a);
        int ib = order.indexOf(b);
        if (ia < 0) {
            return ib < 0 ? (a == Outcome.OK ? b : a) : b;
        }
        return ib < 0 || ia <= ib ? a : b;
    }

    private static SandboxResult jobWide(SandboxJob job, Outcome outcome, String message, String stdout,
            String stderr, boolean truncated, ResourceUsage usage) {
        List<CaseResult> cases = new ArrayList<>();
        for (SandboxCase c : job.allCases()) {
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
        forkServer.ifPresent(ForkServer::close); // its jobs die with the template's PID namespace
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
