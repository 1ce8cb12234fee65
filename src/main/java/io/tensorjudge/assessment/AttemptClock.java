package io.tensorjudge.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * The server-side timing rules of an attempt. The deadline is fixed at start, so neither a reload nor a second tab
 * can reset it; an attempt past its deadline is finished the next time anyone looks at it.
 */
@ApplicationScoped
public class AttemptClock {

    private final Clock clock;

    AttemptClock(Clock clock) {
        this.clock = clock;
    }

    /** Milliseconds only: the database keeps no finer, and a deadline must compare equal after a re-read. */
    public Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** min(start + time limit, closesAt). */
    Instant deadlineFor(Assessment assessment, Instant start) {
        Instant byLimit = start.plusSeconds(60L * assessment.timeLimitMinutes);
        return assessment.closesAt != null && assessment.closesAt.isBefore(byLimit) ? assessment.closesAt : byLimit;
    }

    boolean pastDeadline(Attempt attempt) {
        return attempt.deadline != null && !now().isBefore(attempt.deadline);
    }

    /** Seconds left for the candidate (0 once past the deadline or finished). */
    public long secondsLeft(Attempt attempt) {
        if (attempt.status != Attempt.Status.STARTED || attempt.deadline == null) {
            return 0;
        }
        return Math.max(0, java.time.Duration.between(now(), attempt.deadline).toSeconds());
    }
}
