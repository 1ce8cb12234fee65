package io.tensorjudge.sandbox;

import io.tensorjudge.common.Language;
import io.tensorjudge.sandbox.jail.JailLimits;
import java.util.Optional;

/** Who enforces which of a job's limits: the jail (kernel), the harness, or the host. */
final class JobLimits {
    private JobLimits() {
    }

    /**
     * The kernel's share of a job's limits. A job has two phases (visible, then hidden cases) in one process, each
     * with the job's CPU time: the Python harness sets the soft limit per phase; the JVM cannot, so for Java the
     * RLIMIT_CPU of the jail covers both.
     */
    static JailLimits jail(SandboxLimits limits) {
        long cpu = 2 * Math.max(1, (limits.cpuTime().toMillis() + 999) / 1000);
        return new JailLimits(limits.memoryBytes(), limits.maxProcesses(), limits.maxFileBytes(),
                limits.maxOpenFiles(), cpu);
    }

    /**
     * Every jail of a language is built with its default limits (warm or not), so a job may change only what the
     * host and the harness enforce per job: wall time, output and result caps, and lower CPU time and (Python's
     * harness lowers RLIMIT_AS) memory. Why {@code job} asks for more than {@code jail}, the language's defaults (or
     * empty).
     */
    static Optional<String> beyondTheJail(SandboxJob job, SandboxLimits jail) {
        SandboxLimits wanted = job.limits();
        boolean fits = wanted.cpuTime().compareTo(jail.cpuTime()) <= 0 && wanted.maxProcesses() == jail.maxProcesses()
                && wanted.maxFileBytes() == jail.maxFileBytes() && wanted.maxOpenFiles() == jail.maxOpenFiles()
                && (job.language() == Language.PYTHON ? wanted.memoryBytes() <= jail.memoryBytes()
                        : wanted.memoryBytes() == jail.memoryBytes());
        return fits ? Optional.empty() : Optional.of("the job's limits " + wanted + " go beyond what the jail of "
                + job.language() + " enforces (" + jail + ")");
    }
}
