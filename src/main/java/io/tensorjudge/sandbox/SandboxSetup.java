package io.tensorjudge.sandbox;

import io.tensorjudge.config.SandboxConfig;
import io.tensorjudge.sandbox.jail.Jail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Decides once, at start-up, whether this host can grade: the tools, the files the jail mounts, the seccomp filter
 * and the cgroup. A missing protection is refused unless its allow-without-* setting is on; either way it is listed
 * in {@link #degraded} (readiness: DEGRADED).
 */
final class SandboxSetup {
    private static final Logger LOG = Logger.getLogger(SandboxSetup.class);

    private final SandboxConfig config;
    private final SandboxFiles files;
    private final Jail jail;
    final List<String> degraded = new ArrayList<>();

    SandboxSetup(SandboxConfig config, SandboxFiles files, Jail jail) {
        this.config = config;
        this.files = files;
        this.jail = jail;
    }

    /** Why nothing can run here, or null when Python jobs can. */
    String prepare() {
        if (!config.enabled()) {
            return "the sandbox is disabled (tensorjudge.sandbox.enabled=false)";
        }
        for (String tool : List.of(config.bwrapPath(), config.prlimitPath())) {
            if (!Files.isExecutable(Paths.get(tool))) {
                return tool + " not found: install bubblewrap and util-linux (apt-get install bubblewrap util-linux)";
            }
        }
        if (jail.ownUids() && !Files.isExecutable(Paths.get(config.setprivPath()))) {
            return config.setprivPath() + " not found; it is needed to leave uid 0 (apt-get install util-linux)";
        }
        List<Path> closed = files.untraversableParents();
        if (jail.ownUids() && !closed.isEmpty()) {
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
        if (jail.cgroupInUse().isPresent()) {
            return null;
        }
        String why = "no cgroup for the job's process tree: " + jail.cgroupProblem();
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
            jail.loadSeccomp();
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

    /** Why Java jobs cannot run here, or null when they can. */
    String prepareJava() {
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
}
