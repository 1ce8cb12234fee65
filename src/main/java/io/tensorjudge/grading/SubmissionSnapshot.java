package io.tensorjudge.grading;

import io.tensorjudge.common.Verdict;
import java.time.Instant;

/**
 * A submission as read at one moment; {@code report} is null until the status is DONE. {@code exerciseVersion} is
 * the version it was made under and is graded against.
 */
public record SubmissionSnapshot(String id, String exerciseId, String exerciseVersion, String language, String mode,
        Submission.Status status, Verdict verdict, Double score, GradeReport report, Instant createdAt,
        Instant startedAt, Instant finishedAt) {

    public boolean done() {
        return status == Submission.Status.DONE;
    }
}
