package io.tensorjudge.grading;

import io.tensorjudge.common.Verdict;
import java.time.Instant;

/** An earlier result of a submission, replaced by regrade {@code regradeRunId} at {@code replacedAt}. */
public record ResultHistoryEntry(long regradeRunId, String exerciseVersion, Verdict verdict, Double score,
        Instant gradedAt, Instant replacedAt) {
}
