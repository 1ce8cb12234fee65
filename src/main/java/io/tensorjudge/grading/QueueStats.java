package io.tensorjudge.grading;

import java.time.Duration;
import java.time.Instant;

/** The grading queue right now: what waits, what is being graded, and since when the oldest has waited. */
public record QueueStats(long queued, long running, Instant oldestQueuedAt) {

    /** Seconds the oldest queued submission has waited (0 when none waits): the number to scale workers on. */
    public double oldestAgeSeconds(Instant now) {
        return oldestQueuedAt == null ? 0 : Math.max(0, Duration.between(oldestQueuedAt, now).toMillis() / 1000.0);
    }
}
