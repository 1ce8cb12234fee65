package io.tensorjudge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Sandbox for candidate code ({@code tensorjudge.sandbox.*}). Limits here are the defaults for every job; an
 * exercise may ask for less, never for more. See docs/sandbox.md.
 */
@ConfigMapping(prefix = "tensorjudge.sandbox")
public interface SandboxConfig {

    /** When false no sandbox is started and grading is refused (the readiness check says so). */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("/usr/bin/bwrap")
    String bwrapPath();

    /** Used to drop to an unprivileged uid when the server runs as root. */
    @WithDefault("/usr/bin/setpriv")
    String setprivPath();

    @WithDefault("/usr/bin/prlimit")
    String prlimitPath();

    /** Host directory for the harness, the sandbox's Java libraries and unpacked natives (bound read-only). */
    @WithDefault("data/sandbox")
    String cacheDir();

    /** When running as root: first uid/gid of the range used for sandboxed processes (one per live worker). */
    @WithDefault("61000")
    int uidBase();

    @WithDefault("64")
    int uidCount();

    /** Use a cgroup per job (memory, pids and CPU of the whole process tree) when the host lets us create one. */
    @WithDefault("true")
    boolean cgroup();

    /**
     * Grade even when no cgroup can be used (only per-process rlimits then bound a job, so a job that forks
     * multiplies its memory and CPU); the readiness check says DEGRADED. Off by default: grading is refused.
     */
    @WithDefault("false")
    boolean allowWithoutCgroup();

    /** CPU cores a job's whole process tree may use at once (cgroup CPU quota). */
    @WithDefault("1.0")
    double cpus();

    /**
     * Grade even when the seccomp filter cannot be built (libseccomp's Python binding missing): jobs then run
     * unfiltered and the readiness check says DEGRADED. Off by default: without the filter grading is refused.
     */
    @WithDefault("false")
    boolean allowWithoutSeccomp();

    /** Size of each of the sandbox's tmpfs mounts (/tmp, /dev/shm, work dir). */
    @WithDefault("64")
    int tmpfsMb();

    @WithDefault("10s")
    Duration wallTime();

    @WithDefault("10s")
    Duration cpuTime();

    @WithDefault("64")
    int maxProcesses();

    @WithDefault("16")
    int maxFileMb();

    @WithDefault("64")
    int maxOpenFiles();

    /** Cap on each of stdout and stderr. */
    @WithDefault("64")
    int maxOutputKb();

    /** Larger sources are refused (COMPILE_ERROR) without starting a sandbox. */
    @WithDefault("256")
    int maxSourceKb();

    /**
     * Cap on the encoded return values of a job (and, at one per 16 bytes, on their decoded count). The largest
     * grading of the bank returns 17 KB / 55 values (bench/sandbox/ResultSizes.java): 4 MiB is ~240x that.
     */
    @WithDefault("4")
    int maxResultMb();

    Python python();

    Java java();

    interface Python {
        @WithDefault("/usr/bin/python3")
        String path();

        /** Address-space limit; Debian NumPy needs about 256 MiB. */
        @WithDefault("512")
        int memoryMb();

        /**
         * Pre-started interpreters with NumPy imported; 0 starts a fresh sandbox per job. A grading runs two jobs at
         * once (visible and hidden cases) on each of the grading workers, hence 2 x workers.
         */
        @WithDefault("4")
        int warmWorkers();

        /**
         * Fork Python jobs from a template process with NumPy imported instead of starting an interpreter per job
         * (docs/sandbox.md, "Fork server"). Needs root (a uid per job) and the seccomp filter; otherwise (an
         * unprivileged server), or when false, each job starts its own bwrap sandbox from the warm pool.
         */
        @WithDefault("true")
        boolean forkServer();
    }

    interface Java {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("/usr/bin/java")
        String path();

        /**
         * Address-space limit. ND4J loads at ~1.5 GiB, but libnd4j's native thread pool, started by the first matrix
         * product, needs more: at 2 GiB every gemm hung until the wall time. Real use stays near heap + off-heap.
         */
        @WithDefault("3072")
        int memoryMb();

        @WithDefault("256")
        int heapMb();

        /** Off-heap limit for ND4J arrays (JavaCPP maxbytes). */
        @WithDefault("512")
        int offHeapMb();

        /** A JVM keeps its jars and the compiler's files open, so it needs more descriptors than Python. */
        @WithDefault("512")
        int maxOpenFiles();

        /** Pre-started JVMs with ND4J loaded (about 300 MB each); 0 starts a fresh sandbox per job. */
        @WithDefault("2")
        int warmWorkers();

        /** Extra wall time for a cold JVM start (ND4J loads in ~1 s). */
        @WithDefault("15s")
        Duration startTime();

        /** Explicit ND4J classpath for the sandbox; by default the jars are found on the server's classpath. */
        Optional<String> classpath();
    }
}
