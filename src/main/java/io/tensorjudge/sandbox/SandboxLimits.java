package io.tensorjudge.sandbox;

import java.time.Duration;

/**
 * Per-job limits. {@code wallTime} is the real bound (the parent SIGKILLs the whole sandbox); the others are
 * rlimits inside the sandbox (and a cgroup where the host allows one).
 *
 * @param wallTime       whole job (loading the submission and all cases), counted from the moment a ready sandbox
 *                       receives it; starting the sandbox has its own timeout
 * @param cpuTime        RLIMIT_CPU of the sandboxed process
 * @param memoryBytes    address space (RLIMIT_AS) and cgroup memory limit
 * @param maxProcesses   RLIMIT_NPROC (threads count too)
 * @param maxFileBytes   RLIMIT_FSIZE, largest file the code may write (inside its tmpfs)
 * @param maxOpenFiles   RLIMIT_NOFILE
 * @param maxOutputBytes cap for each of stdout and stderr kept by the host; more is OUTPUT_LIMIT
 * @param maxResultBytes cap for the encoded return values of all cases; more is OUTPUT_LIMIT
 */
public record SandboxLimits(Duration wallTime, Duration cpuTime, long memoryBytes, int maxProcesses,
        long maxFileBytes, int maxOpenFiles, long maxOutputBytes, long maxResultBytes) {

    public SandboxLimits {
        if (wallTime.isNegative() || wallTime.isZero() || cpuTime.isNegative() || cpuTime.isZero()) {
            throw new IllegalArgumentException("time limits must be positive");
        }
        if (memoryBytes <= 0 || maxProcesses <= 0 || maxFileBytes <= 0 || maxOpenFiles <= 0 || maxOutputBytes <= 0
                || maxResultBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Cap on the decoded values of a job's results (every list/tuple/dict, scalar, array and dict key counts one),
     * derived from the byte cap: a scalar is 2–9 bytes on the wire but a Java object of 16+ bytes (plus its slot)
     * once decoded, so the bytes alone would let a list of booleans grow the server's heap ~10x. The harness derives
     * the same number from the byte cap it is sent.
     */
    public long maxResultValues() {
        return Math.max(MIN_RESULT_VALUES, maxResultBytes / BYTES_PER_RESULT_VALUE);
    }

    static final long MIN_RESULT_VALUES = 4096;
    static final long BYTES_PER_RESULT_VALUE = 16;

    public SandboxLimits withWallTime(Duration d) {
        return new SandboxLimits(d, cpuTime, memoryBytes, maxProcesses, maxFileBytes, maxOpenFiles,
                maxOutputBytes, maxResultBytes);
    }

    public SandboxLimits withCpuTime(Duration d) {
        return new SandboxLimits(wallTime, d, memoryBytes, maxProcesses, maxFileBytes, maxOpenFiles,
                maxOutputBytes, maxResultBytes);
    }

    public SandboxLimits withMemoryBytes(long bytes) {
        return new SandboxLimits(wallTime, cpuTime, bytes, maxProcesses, maxFileBytes, maxOpenFiles,
                maxOutputBytes, maxResultBytes);
    }

    public SandboxLimits withMaxOutputBytes(long bytes) {
        return new SandboxLimits(wallTime, cpuTime, memoryBytes, maxProcesses, maxFileBytes, maxOpenFiles,
                bytes, maxResultBytes);
    }

    public SandboxLimits withMaxResultBytes(long bytes) {
        return new SandboxLimits(wallTime, cpuTime, memoryBytes, maxProcesses, maxFileBytes, maxOpenFiles,
                maxOutputBytes, bytes);
    }
}
