package io.tensorjudge.assessment;

import java.time.Duration;
import java.util.List;

/** An attempt with its per-item results, total score and time used (null before it starts). */
public record AttemptResult(AttemptInfo attempt, List<ItemResult> items, double score, int maxPoints, Duration timeUsed) {

    /** Submissions of the attempt still being graded: the score may still rise. */
    public int pending() {
        return items.stream().mapToInt(ItemResult::pending).sum();
    }
}
