package io.tensorjudge.assessment;

/** A run or submission made for one exercise item of an attempt: the grading submission's id and its mode. */
public record SubmissionLink(String submissionId, String mode) {
}
