package io.tensorjudge.grading;

import io.tensorjudge.bank.Exercise;
import io.tensorjudge.grading.ReferenceCases.PreparedCase;
import io.tensorjudge.reference.ReferenceFunction;
import java.util.Arrays;
import java.util.List;

/**
 * Judges one case that ran: the value comparison first (type, shape, dtype, finiteness, tolerance), then the
 * exercise's property checks. Visible cases explain fully; hidden ones name only the kind of check that failed.
 */
final class CaseJudge {

    private CaseJudge() {
    }

    /** @param inputsAfterCall the inputs as the candidate's call left them (in the sandbox) */
    static TestResult judge(Exercise exercise, PreparedCase prepared, Object actual, List<Object> inputsAfterCall,
            ReferenceFunction reference) {
        boolean visible = prepared.testCase().visible();
        Comparison comparison = TensorComparator.compare(actual, prepared.expected(), exercise.tolerance());
        Double maxAbs = finite(comparison.maxAbsError());
        Double maxRel = finite(comparison.maxRelError());
        if (!comparison.passed()) {
            String message = visible ? visibleMessage(comparison) : hiddenMessage(comparison);
            return withPreviews(exercise, prepared, false, kindOf(comparison.kind()), message, maxAbs, maxRel,
                    actual);
        }
        List<String> violations = PropertyChecks.violations(prepared.testCase().properties(),
                new PropertyContext(exercise.paramNames(), prepared.inputs(), inputsAfterCall, actual,
                        prepared.expected(), reference, exercise.tolerance()));
        if (!violations.isEmpty()) {
            String message = visible ? "property failed — " + String.join("; ", violations)
                    : "property check failed: " + violations.stream().map(v -> v.substring(0, v.indexOf(':')))
                            .reduce((a, b) -> a + ", " + b).orElse("");
            return withPreviews(exercise, prepared, false, "property", message, maxAbs, maxRel, actual);
        }
        String message = comparison.float32() ? "passed (float32 accepted)" : "passed";
        return withPreviews(exercise, prepared, true, "ok", message, maxAbs, maxRel, actual);
    }

    private static TestResult withPreviews(Exercise exercise, PreparedCase prepared, boolean passed, String kind,
            String message, Double maxAbs, Double maxRel, Object actual) {
        if (!prepared.testCase().visible()) {
            // No error sizes either: a candidate returning zeros would read an expected value off maxAbsError.
            return new TestResult(prepared.testCase().name(), false, passed, kind, message, null, null, null,
                    null, null, null);
        }
        return new TestResult(prepared.testCase().name(), true, passed, kind, message, maxAbs, maxRel,
                prepared.testCase().description(), Previews.ofArgs(exercise.paramNames(), prepared.inputs()),
                Previews.of(prepared.expected()), Previews.of(actual));
    }

    private static String visibleMessage(Comparison comparison) {
        String where = comparison.path().isEmpty() ? "" : "output " + comparison.path() + ": ";
        String message = where + comparison.message();
        if (comparison.kind() == Comparison.Kind.TOLERANCE && comparison.worstIndex().length > 0) {
            message += " (worst at " + Arrays.toString(comparison.worstIndex()) + ")";
        }
        return message;
    }

    private static String hiddenMessage(Comparison comparison) {
        return switch (comparison.kind()) {
            case TYPE -> "wrong kind of return value (array/tuple/dict/scalar or arity)";
            case SHAPE -> "wrong shape";
            case DTYPE -> comparison.message().contains("float32") ? "wrong dtype: float32 where float64 is required"
                    : "wrong dtype";
            case NON_FINITE -> "non-finite values (NaN/Inf) where the reference is finite — overflow?";
            case TOLERANCE -> "values outside tolerance";
            case OK -> "passed";
        };
    }

    private static String kindOf(Comparison.Kind kind) {
        return switch (kind) {
            case TYPE -> "type";
            case SHAPE -> "shape";
            case DTYPE -> "dtype";
            case NON_FINITE -> "non-finite";
            case TOLERANCE -> "tolerance";
            case OK -> "ok";
        };
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
