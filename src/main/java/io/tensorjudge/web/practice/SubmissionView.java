package io.tensorjudge.web.practice;

import io.tensorjudge.grading.GradeReport;
import io.tensorjudge.grading.SourceError;
import io.tensorjudge.grading.SubmissionSnapshot;
import io.tensorjudge.grading.TestResult;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/submissions/{id}} exactly as the spec has it; test entries add {@code kind}, {@code maxRelError},
 * and for visible tests {@code description}, {@code input}, {@code expected}, {@code got} (truncated previews);
 * {@code exerciseVersion} names the exercise version the submission was made under and graded against;
 * {@code sourceErrors} the lines of the submission that a compile error or traceback names (the editor marks them).
 */
public record SubmissionView(String id, String exerciseId, String exerciseVersion, String language, String mode, String status,
        String verdict, Double score, List<TestResult> tests, String stdout, String stderr, List<SourceError> sourceErrors,
        Instant createdAt,
        Instant startedAt, Instant finishedAt) {

    /** The 202 body of a new submission. */
    public record Accepted(String id, String status) {
    }

    static SubmissionView of(SubmissionSnapshot s) {
        GradeReport report = s.report();
        boolean done = s.done() && report != null;
        return new SubmissionView(s.id(), s.exerciseId(), s.exerciseVersion(), s.language(), s.mode(), s.status().name(),
                done ? s.verdict().name() : null, done ? s.score() : null, done ? report.tests() : List.of(),
                done ? report.stdout() : "", done ? report.stderr() : "",
                done ? SourceError.of(s.language(), report) : List.of(), s.createdAt(), s.startedAt(),
                s.finishedAt());
    }
}
