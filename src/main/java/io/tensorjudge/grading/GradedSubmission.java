package io.tensorjudge.grading;

import java.time.Instant;
import java.util.List;

/**
 * A graded submit-mode submission, for item statistics: {@code client} is the browser or "attempt-…" label (null
 * when none was given), {@code failedTests} the names of the tests it failed (empty when the report is unreadable).
 */
public record GradedSubmission(String id, String exerciseId, String client, Instant createdAt, boolean accepted,
        List<String> failedTests) {
}
