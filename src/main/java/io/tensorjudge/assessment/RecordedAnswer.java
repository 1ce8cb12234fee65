package io.tensorjudge.assessment;

/** The answer recorded for an MCQ item of an attempt: the chosen bank keys (sorted, comma-separated), and whether right. */
public record RecordedAnswer(String choices, boolean correct) {
}
