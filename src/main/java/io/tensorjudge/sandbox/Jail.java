package io.tensorjudge.sandbox;

import io.tensorjudge.common.Language;
import io.tensorjudge.config.SandboxConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * that a closing server kills them all.
 */
final class Jail implements AutoCloseable {
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
    Jail(SandboxConfig config, Path root) {
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
    boolean ownUids() {
        return uids.enabled();
    }

    Optional<Cgroups> cgroups() {
        return cgroups.cgroups();
    }

    /** Why no cgroup is used (when none is). */
    String cgroupProblem() {
        return cgroups.why();
    }

    /** Builds the syscall filter (libseccomp, through the host's Python); every jail started after this loads it. */
    void loadSeccomp() throws IOException {
        seccomp = Optional.of(SeccompFilter.export(config.python().path(), root.resolve("seccomp")));
        command = newCommand();
    }

    boolean seccompInUse() {
        return seccomp.isPresent();
    }

    /** Starts the Python fork server when configured and possible (root and the filter); else Python uses bwrap. */
    void startForkServer() {
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

    Optional<ForkServer> forkServer() {
        return forkServer;
    }

    /**
     * A new jail running {@code harness} (or, for Python with the fork server, a job forked from its template),
     * with its uid and cgroup; both are given back when it has been killed and reaped.
     */
    JailedProcess start(Language language, SandboxLimits limits, List<String> harness) throws Exception {
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

    /** Jails started and not yet reaped (warm, running or being torn down). */
    int live() {
        return live.size();
    }

    /** The uids of jails started and not yet reaped, and the fork server template's (as root; empty otherwise). */
    Set<Integer> liveUids() {
        Set<Integer> held = new HashSet<>();
        for (JailedProcess p : live) {
            p.uid().ifPresent(held::add);
        }
        forkServer.ifPresent(f -> f.templateUid().ifPresent(held::add));
        return held;
    }

    /** Kills every live jail (a start that was under way registers its jail and kills it itself). */
    void killAll() {
        live.forEach(JailedProcess::kill);
    }

    /** No more jails: the fork server's template goes (its jobs die with its PID namespace), then every live jail. */
    @Override
    public void close() {
        closing = true;
        forkServer.ifPresent(ForkServer::close);
        killAll();
    }
}
