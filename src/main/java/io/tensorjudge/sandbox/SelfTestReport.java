package io.tensorjudge.sandbox;

import java.util.List;

/**
 * Outcome of the start-up self-test.
 *
 * @param bwrap       bubblewrap could create a sandbox (user namespaces allowed)
 * @param python      a trivial NumPy job ran in the sandbox
 * @param java        a trivial ND4J job ran in the sandbox
 * @param cgroup      a cgroup is used for memory/pids limits
 * @param seccomp     every job runs under the syscall filter
 * @param degraded    protections this host lacks (each with its reason), whether grading runs without them by
 *                    configuration or is refused
 * @param message     what failed and how to fix it, or a short summary when all is well
 */
public record SelfTestReport(boolean bwrap, boolean python, boolean java, boolean cgroup, boolean seccomp,
        List<String> degraded, String message) {
    public SelfTestReport {
        degraded = List.copyOf(degraded);
    }

    public SelfTestReport(boolean bwrap, boolean python, boolean java, boolean cgroup, String message) {
        this(bwrap, python, java, cgroup, false, List.of(), message);
    }

    public boolean ok() {
        return bwrap && python && java;
    }
}
