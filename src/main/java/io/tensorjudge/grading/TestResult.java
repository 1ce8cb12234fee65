package io.tensorjudge.grading;

/**
 * The outcome of one test case. {@code kind} names the failed check (type, shape, dtype, non-finite, tolerance,
 * property, runtime, not-run). {@code input}, {@code expected} and {@code got} are truncated previews, filled for
 * visible tests only; a hidden test never carries its inputs or expected values.
 */
public record TestResult(String name, boolean visible, boolean passed, String kind, String message,
        Double maxAbsError, Double maxRelError, String description, String input, String expected, String got) {
}
