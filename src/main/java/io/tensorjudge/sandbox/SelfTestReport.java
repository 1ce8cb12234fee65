package io.tensorjudge.sandbox;

/**
 * Outcome of the start-up self-test.
 *
 * @param bwrap       bubblewrap could create a sandbox (user namespaces allowed)
 * @param python      a trivial NumPy job ran in the sandbox
 * @param java        a trivial ND4J job ran in the sandbox
 * @param cgroup      a cgroup is used for memory/pids limits
 * @param message     what failed and how to fix it, or a short summary when all is well
 */
public record SelfTestReport(boolean bwrap, boolean python, boolean java, boolean cgroup, String message) {
    public boolean ok() {
        return bwrap && python && java;
    }
}
