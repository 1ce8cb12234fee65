package io.tensorjudge.sandbox.jail;

import io.tensorjudge.common.Language;
import io.tensorjudge.config.SandboxConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Builds and starts jails: each gets a uid of the pool (as root), a cgroup for its whole tree (where the host has
 * one), and is either a bwrap sandbox or a job forked from the fork server's template. The live ones are kept, so
 * that a closing server kills them all. This package is all the code that builds, limits and kills a jail
 * (docs/sandbox.md, "What runs in the jail"); it knows nothing of jobs, results or grading.
 */
public final class Jail implements AutoCloseable {
    /** Where a jail sees its language's read-only files (harness, libraries). */
    public static final String MOUNT = "/opt/tensorjudge";
    private static final Logger LOG = Logger.getLogger(Jail.class);

    private final SandboxConfig config;
    private final Path root;
    private final UidPool uids;
    private final Cgroups.Detection cgroups;
    private Optional<SeccompFilter> seccomp = Optional.empty();
    private BwrapCommand command;
    private Optional<ForkServer> forkServer = Optional.empty();
    private final Set<JailedProcess> live = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    /** {@code root}: the sandbox's cache dir, with the read-only files of each language under python/ and java/. */
    public Jail(SandboxConfig config, Path root) {
        this.config = config;
        this.root = root;
        this.uids = new UidPool(UidPool.runningAsRoot(), config.uidBase(), config.uidCount());
        this.cgroups = config.enabled() && config.cgroup() ? Cgroups.detect()
                : new Cgroups.Detection(Optional.empty(), "cgroups are off (tensorjudge.sandbox.cgroup=false)");
        this.command = newCommand();
    }

    private BwrapCommand newCommand() {
        return new BwrapCommand(config, root.resolve("python"), root.resolve("java"), seccomp);
    }

    /** Whether each jail gets a uid of its own (the server runs as root). */
    public boolean ownUids() {
        return uids.enabled();
    }

    private Optional<Cgroups> cgroups() {
        return cgroups.cgroups();
    }

    /** The cgroup hierarchy jails are put in (empty when none can be used). */
    public Optional<String> cgroupInUse() {
        return cgroups().map(Cgroups::describe);
    }

    /** Why no cgroup is used (when none is). */
    public String cgroupProblem() {
        return cgroups.why();
    }

    /** Builds the syscall filter (libseccomp, through the host's Python); every jail started after this loads it. */
    public void loadSeccomp() throws IOException {
        seccomp = Optional.of(SeccompFilter.export(config.python().path(), root.resolve("seccomp")));
        command = newCommand();
    }

    public boolean seccompInUse() {
        return seccomp.isPresent();
    }

    /** Starts the Python fork server when configured and possible (root and the filter); else Python uses bwrap. */
    public void startForkServer() {
        if (!config.python().forkServer()) {
            return;
        }
        if (!uids.enabled() || seccomp.isEmpty()) {
            // each job needs a uid of its own, distinct from the template's, and the filter it loads itself
            LOG.warn("the Python fork server needs root and the seccomp filter: Python jobs start a bwrap each");
            return;
        }
        try {
            forkServer = Optional.of(new ForkServer(command, uids, (long) config.tmpfsMb() << 20));
        } catch (IOException e) {
            LOG.warn("the Python fork server is unavailable (" + e + "): Python jobs start a bwrap each");
        }
    }

    public boolean forkServerInUse() {
        return forkServer.isPresent();
    }

    /** Host pid of the fork server's template, -1 when none runs (the benchmark reads its CPU time). */
    public long templatePid() {
        return forkServer.map(ForkServer::templatePid).orElse(-1L);
    }

    /** Uid of the running template (tests), empty when none runs. */
    public OptionalInt templateUid() {
        return forkServer.map(ForkServer::templateUid).orElse(OptionalInt.empty());
    }

    /** Templates started so far (tests: a dead one is replaced, a live one reused). */
    public int templatesStarted() {
        return forkServer.map(ForkServer::templatesStarted).orElse(0);
    }

    /**
     * A new jail running {@code harness} (or, for Python with the fork server, a job forked from its template),
     * with its uid and cgroup; both are given back when it has been killed and reaped.
     */
    public JailedProcess start(Language language, JailLimits limits, List<String> harness) throws Exception {
        OptionalInt uid = uids.acquire();
        Optional<Cgroups.Group> group = Optional.empty();
        JailedProcess p;
        try {
            if (cgroups().isPresent()) {
                group = Optional.of(cgroups().get().create(limits.memoryBytes(), limits.maxProcesses() + 8,
                        config.cpus()));
            }
            Consumer<JailedProcess> onClose = done -> {
                uids.release(uid);
                live.remove(done);
            };
            if (language == Language.PYTHON && forkServer.isPresent()) {
                p = JailedProcess.of(forkServer.get().fork(limits, uid.getAsInt()), uid, group, onClose);
            } else {
                p = JailedProcess.start(command.build(language, limits, uid, harness), uid, group, onClose);
            }
            live.add(p);
        } catch (Exception e) {
            group.ifPresent(Cgroups.Group::destroy);
            uids.release(uid);
            throw e;
        }
        if (closing) { // close() may already have swept the live set; the kill's callback frees uid and cgroup
            p.kill();
            throw new IOException("the sandbox is closing");
        }
        return p;
    }

    /** argv of a jail like a job's (no filter, no rlimits) running {@code cmd}, for the self-test's probe. */
    public List<String> probeCommand(List<String> cmd) throws Exception {
        OptionalInt uid = uids.acquire();
        try {
            return command.probe(uid, cmd);
        } finally {
            uids.release(uid);
        }
    }

    /** Jails started and not yet reaped (warm, running or being torn down). */
    public int live() {
        return live.size();
    }

    /** The uids of jails started and not yet reaped, and the fork server template's (as root; empty otherwise). */
    public Set<Integer> liveUids() {
        Set<Integer> held = new HashSet<>();
        for (JailedProcess p : live) {
            p.uid().ifPresent(held::add);
        }
        forkServer.ifPresent(f -> f.templateUid().ifPresent(held::add));
        return held;
    }

    /** Kills every live jail (a start that was under way registers its jail and kills it itself). */
    public void killAll() {
        live.forEach(JailedProcess::kill);
    }

    /** No more jails: the fork server's template goes (its jobs die with its PID namespace), then every live jail. */
    @Override
    public void close() {
        closing = true;
        forkServer.ifPresent(ForkServer::close);
        killAll();
    }

    /** Whether this server process runs as uid 0 (then every jail gets a uid of its own). */
    public static boolean runningAsRoot() {
        return UidPool.runningAsRoot();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = Jail.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
