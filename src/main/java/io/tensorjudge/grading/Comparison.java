package io.tensorjudge.grading;

/**
 * The outcome of comparing a candidate value with the reference. {@code path} locates the part that failed inside a
 * tuple/list/dict (e.g. "[1]" or "['W1']", empty for the whole value); errors and the worst index describe the largest
 * violation (the worst index is empty for scalars).
 */
public record Comparison(boolean passed, Kind kind, String path, String message, double maxAbsError,
        double maxRelError, long[] worstIndex, boolean float32) {

    public enum Kind { OK, TYPE, SHAPE, DTYPE, NON_FINITE, TOLERANCE }

    static Comparison ok(double maxAbs, double maxRel, long[] worst, boolean float32) {
        return new Comparison(true, Kind.OK, "", float32 ? "accepted as float32" : "ok", maxAbs, maxRel, worst, float32);
    }

    static Comparison fail(Kind kind, String message) {
        return new Comparison(false, kind, "", message, Double.NaN, Double.NaN, new long[0], false);
    }

    Comparison at(String prefix) {
        return new Comparison(passed, kind, prefix + path, message, maxAbsError, maxRelError, worstIndex, float32);
    }
}
