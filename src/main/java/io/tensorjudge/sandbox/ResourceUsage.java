package io.tensorjudge.sandbox;

/**
 * Resources used by a job. Wall time is measured by the host; CPU and peak memory come from the cgroup when one is
 * in use, otherwise from the sandboxed process's own report (informative only, a candidate could lie about it).
 */
public record ResourceUsage(long wallMicros, long cpuMicros, long peakMemoryBytes, boolean cgroup) {
    public static final ResourceUsage NONE = new ResourceUsage(0, 0, 0, false);
}
