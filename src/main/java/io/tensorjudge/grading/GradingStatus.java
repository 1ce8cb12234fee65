package io.tensorjudge.grading;

import java.util.List;
import java.util.Map;

/**
 * The grading's numbers for the status page: the queue (shared by every instance) and this instance's phase
 * times, verdict counts, sandbox failures and warm pools since it started.
 */
public record GradingStatus(QueueStats queue, List<Phase> phases, Map<String, Long> verdicts, long sandboxFailures,
        List<WarmPool> warmPools) {

    /** One phase of grading: how many, mean and 95th percentile in milliseconds. */
    public record Phase(String name, long count, double meanMillis, double p95Millis) {
    }

    /** A language's warm pool; runner says how its jobs start ("fork-server", "bwrap", "none"). */
    public record WarmPool(String language, int ready, int size, String runner) {
    }
}
