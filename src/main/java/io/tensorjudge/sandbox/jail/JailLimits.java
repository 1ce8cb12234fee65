package io.tensorjudge.sandbox.jail;

/**
 * What the kernel enforces on one jail: rlimits of its processes (and the cgroup of its tree, where there is one).
 *
 * @param memoryBytes  RLIMIT_AS, and the cgroup's memory limit for the whole tree (no swap)
 * @param maxProcesses RLIMIT_NPROC (threads count too; the cgroup's pids limit is 8 more, for the jail's own)
 * @param maxFileBytes RLIMIT_FSIZE
 * @param maxOpenFiles RLIMIT_NOFILE
 * @param cpuSeconds   RLIMIT_CPU, soft (SIGXCPU); the hard limit is one second more (SIGKILL)
 */
public record JailLimits(long memoryBytes, int maxProcesses, long maxFileBytes, int maxOpenFiles, long cpuSeconds) {
}
