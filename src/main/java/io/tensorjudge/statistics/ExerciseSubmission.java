package io.tensorjudge.statistics;

import java.time.Instant;
import java.util.List;

/** One graded submission of an exercise: who (any stable label), when, whether accepted, which tests failed. */
public record ExerciseSubmission(String submitter, Instant submittedAt, boolean accepted, List<String> failedTests) {
}
