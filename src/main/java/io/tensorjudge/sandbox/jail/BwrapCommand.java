package io.tensorjudge.sandbox.jail;

import io.tensorjudge.common.Language;
import io.tensorjudge.config.SandboxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the argv that starts one sandboxed worker: [sh opening the seccomp program as fd 9] [setpriv to an
 * unprivileged uid] bwrap [namespaces, seccomp, read-only system, sized tmpfs] prlimit [rlimits] harness (the
 * interpreter and its arguments). Always an argv list, never a shell string built from values.
 */
final class BwrapCommand {
    static final String MOUNT = Jail.MOUNT;
    static final String WORK_DIR = "/work";
    /** The environment of every job (for the fork server: of its template, whose children inherit it). */
    static final List<String> JOB_ENV = List.of("PATH", "/usr/bin:/bin", "HOME", WORK_DIR, "LANG", "C.UTF-8",
            "OPENBLAS_NUM_THREADS", "1", "OMP_NUM_THREADS", "1", "MKL_NUM_THREADS", "1");

    private final SandboxConfig config;
    private final Path pythonDir;
    private final Path javaDir;
    private final Optional<SeccompFilter> seccomp;

    /** {@code pythonDir} and {@code javaDir}: the read-only files mounted at {@link #MOUNT} for each language. */
    BwrapCommand(SandboxConfig config, Path pythonDir, Path javaDir, Optional<SeccompFilter> seccomp) {
        this.config = config;
        this.pythonDir = pythonDir;
        this.javaDir = javaDir;
        this.seccomp = seccomp;
    }

    /** argv of a worker running {@code harness} (its interpreter and arguments, as paths inside the jail). */
    List<String> build(Language language, JailLimits limits, OptionalInt uid, List<String> harness)
            throws IOException {
        List<String> argv = new ArrayList<>();
        seccomp.ifPresent(f -> argv.addAll(f.openAsFd()));
        bwrap(argv, uid);
        seccomp.ifPresent(f -> argv.addAll(f.bwrapOptions()));
        argv.add("--clearenv");
        for (int i = 0; i < JOB_ENV.size(); i += 2) {
            argv.addAll(List.of("--setenv", JOB_ENV.get(i), JOB_ENV.get(i + 1)));
        }
        jail(argv, language, List.of());
        long cpu = limits.cpuSeconds();
        argv.addAll(List.of(config.prlimitPath(),
                "--as=" + limits.memoryBytes(),
                "--nproc=" + limits.maxProcesses(),
                "--fsize=" + limits.maxFileBytes(),
                "--nofile=" + limits.maxOpenFiles(),
                "--cpu=" + cpu + ":" + (cpu + 1),
                "--core=0",
                "--"));
        argv.addAll(harness);
        return argv;
    }

    /** argv of a jail running {@code cmd} without the filter and rlimits: the self-test's check of the namespaces. */
    List<String> probe(OptionalInt uid, List<String> cmd) throws IOException {
        List<String> argv = new ArrayList<>();
        bwrap(argv, uid);
        jail(argv, Language.PYTHON, List.of());
        argv.addAll(cmd);
        return argv;
    }

    /** [setpriv to the jail's uid, as root] bwrap with every namespace, no capabilities and no way back to ours. */
    private void bwrap(List<String> argv, OptionalInt uid) {
        if (uid.isPresent()) {
            String id = Integer.toString(uid.getAsInt());
            argv.addAll(List.of(config.setprivPath(), "--reuid=" + id, "--regid=" + id, "--clear-groups",
                    "--inh-caps=-all", "--no-new-privs"));
        }
        argv.addAll(List.of(config.bwrapPath(),
                "--unshare-all", "--unshare-user", "--die-with-parent", "--new-session", "--disable-userns",
                "--cap-drop", "ALL", "--hostname", "sandbox"));
    }

    /**
     * argv of the fork server's template: {@code userns_launch.py} (on the host, as root) makes a user namespace
     * whose root is {@code templateUid} and which maps only the sandbox uids, then execs bwrap there with the same
     * file system as a job plus {@code socketDir}. The template keeps what it needs to make jobs (namespaces and
     * mounts, the uid switch, dropping the bounding set, killing its jobs), valid in that namespace only; no seccomp
     * and no rlimits: each child applies them for its job. The environment comes as arguments, so that a job (PID 1
     * of its namespace) shows an empty {@code /proc/1/environ}, as bwrap's PID 1 does.
     */
    List<String> forkTemplate(int templateUid, Path socketDir) throws IOException {
        List<String> argv = new ArrayList<>(List.of(config.python().path(), "-I", "-S",
                pythonDir.resolve("userns_launch.py").toString(), Integer.toString(templateUid),
                Integer.toString(config.uidBase()), Integer.toString(config.uidCount()), "--",
                config.bwrapPath(), "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
                "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--hostname", "sandbox",
                "--cap-drop", "ALL"));
        for (String cap : List.of("CAP_SYS_ADMIN", "CAP_SETUID", "CAP_SETGID", "CAP_SETPCAP", "CAP_KILL")) {
            argv.addAll(List.of("--cap-add", cap));
        }
        // as the namespace's root, bwrap makes missing parents 0700: the jobs' uids must pass through them
        argv.addAll(List.of("--dir", "/etc", "--dir", "/opt", "--dir", "/run"));
        jail(argv, Language.PYTHON, List.of("--ro-bind", socketDir.toString(), ForkServer.SOCKET_DIR));
        // env -i: bwrap adds PWD, which every job would show as its /proc/1/environ
        argv.addAll(List.of("--clearenv", "/usr/bin/env", "-i", config.python().path(), "-I", "-S", "-B",
                MOUNT + "/fork_server.py"));
        for (int i = 0; i < JOB_ENV.size(); i += 2) {
            argv.add(JOB_ENV.get(i) + "=" + JOB_ENV.get(i + 1));
        }
        return argv;
    }

    /** The jail's file system: read-only system, sized tmpfs, the harness dir and {@code binds}; work dir; no env. */
    private void jail(List<String> argv, Language language, List<String> binds) throws IOException {
        long tmpfs = (long) config.tmpfsMb() << 20;
        argv.addAll(List.of("--ro-bind", "/usr", "/usr"));
        for (String top : List.of("/bin", "/lib", "/lib32", "/lib64", "/sbin")) {
            Path p = Paths.get(top);
            if (Files.isSymbolicLink(p)) {
                argv.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), top));
            } else if (Files.isDirectory(p)) {
                argv.addAll(List.of("--ro-bind", top, top));
            }
        }
        argv.addAll(List.of("--ro-bind-try", "/etc/alternatives", "/etc/alternatives",
                "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"));
        argv.addAll(List.of("--proc", "/proc", "--dev", "/dev",
                "--size", Long.toString(tmpfs), "--tmpfs", "/dev/shm",
                "--remount-ro", "/dev",
                "--size", Long.toString(tmpfs), "--tmpfs", "/tmp",
                "--size", Long.toString(tmpfs), "--tmpfs", WORK_DIR,
                "--chdir", WORK_DIR));
        if (language == Language.PYTHON) {
            argv.addAll(List.of("--ro-bind", pythonDir.toString(), MOUNT));
        } else {
            argv.addAll(List.of("--ro-bind", javaDir.toString(), MOUNT,
                    "--setenv", "LD_LIBRARY_PATH", MOUNT + "/natives"));
            for (String dir : jdkConfigDirs()) {
                argv.addAll(List.of("--ro-bind", dir, dir));
            }
        }
        argv.addAll(binds);
        // bwrap's root is an unsized tmpfs owned by the sandbox user: freeze it once everything is mounted.
        argv.addAll(List.of("--remount-ro", "/"));
    }

    /** Debian's JDK keeps its conf files as symlinks into /etc; bind their real directories too. */
    private List<String> jdkConfigDirs() throws IOException {
        Path javaHome = Paths.get(config.java().path()).toRealPath().getParent().getParent();
        Path conf = javaHome.resolve("conf");
        Set<String> dirs = new LinkedHashSet<>();
        if (Files.isDirectory(conf)) {
            try (Stream<Path> s = Files.walk(conf)) {
                for (Path p : s.toList()) {
                    if (Files.isSymbolicLink(p)) {
                        Path real = p.toRealPath();
                        if (!real.startsWith("/usr") && real.getNameCount() >= 2) {
                            dirs.add("/" + real.subpath(0, 2));
                        }
                    }
                }
            }
        }
        return List.copyOf(dirs);
    }
}
