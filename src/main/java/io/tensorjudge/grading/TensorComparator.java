package io.tensorjudge.grading;

import io.tensorjudge.bank.Tolerance;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Compares a candidate's value with the reference value, both in the Java contract types (INDArray, Double,
 * INDArray[], Object[], List&lt;INDArray&gt;, Map&lt;String,INDArray&gt;). Rules, in order: same structure; same shape exactly;
 * dtype (float64 expected: float64, or float32 where the tolerance allows it; integer expected: any integer type, equal
 * values; bool expected: bool); non-finite values only where the reference has the same non-finite value; then
 * |a - e| <= atol + rtol*|e| everywhere.
 */
public final class TensorComparator {

    private TensorComparator() {
    }

    public static Comparison compare(Object actual, Object expected, Tolerance tolerance) {
        if (expected instanceof INDArray e) {
            if (e.rank() == 0 && actual instanceof Number n) {
                return compareScalars(n.doubleValue(), e.getDouble(0), tolerance);
            }
            if (!(actual instanceof INDArray a)) {
                return Comparison.fail(Comparison.Kind.TYPE, "expected an array, got " + describe(actual));
            }
            return compareArrays(a, e, tolerance);
        }
        if (expected instanceof Number e) {
            Double a = scalar(actual);
            if (a == null) {
                return Comparison.fail(Comparison.Kind.TYPE, "expected a float, got " + describe(actual));
            }
            return compareScalars(a, e.doubleValue(), tolerance);
        }
        if (expected instanceof Object[] || expected instanceof List<?>) {
            List<?> e = asList(expected);
            List<?> a = asList(actual);
            if (a == null) {
                return Comparison.fail(Comparison.Kind.TYPE, "expected a tuple/list of " + e.size() + ", got "
                        + describe(actual));
            }
            if (a.size() != e.size()) {
                return Comparison.fail(Comparison.Kind.TYPE, "expected " + e.size() + " elements, got " + a.size());
            }
            return combine(a.size(), i -> compare(a.get(i), e.get(i), tolerance).at("[" + i + "]"));
        }
        if (expected instanceof Map<?, ?> e) {
            if (!(actual instanceof Map<?, ?> a)) {
                return Comparison.fail(Comparison.Kind.TYPE, "expected a dict, got " + describe(actual));
            }
            if (!a.keySet().equals(e.keySet())) {
                return Comparison.fail(Comparison.Kind.TYPE, "expected keys " + e.keySet() + ", got " + a.keySet());
            }
            List<?> keys = List.copyOf(e.keySet());
            return combine(keys.size(), i -> compare(a.get(keys.get(i)), e.get(keys.get(i)), tolerance)
                    .at("['" + keys.get(i) + "']"));
        }
        throw new IllegalArgumentException("unsupported reference value " + describe(expected));
    }

    public static Comparison compareArrays(INDArray actual, INDArray expected, Tolerance tolerance) {
        if (!Arrays.equals(actual.shape(), expected.shape())) {
            return Comparison.fail(Comparison.Kind.SHAPE, "expected shape " + Arrays.toString(expected.shape())
                    + ", got " + Arrays.toString(actual.shape()));
        }
        DataType e = expected.dataType();
        DataType a = actual.dataType();
        boolean float32 = false;
        if (e.isFPType()) {
            if (a == DataType.FLOAT) {
                if (!tolerance.allowFloat32()) {
                    return Comparison.fail(Comparison.Kind.DTYPE, "float32 result where float64 is required");
                }
                float32 = true;
            } else if (a != DataType.DOUBLE) {
                return Comparison.fail(Comparison.Kind.DTYPE, "expected float64, got " + dtypeName(a));
            }
        } else if (e == DataType.BOOL ? a != DataType.BOOL : !a.isIntType()) {
            return Comparison.fail(Comparison.Kind.DTYPE, "expected " + dtypeName(e) + ", got " + dtypeName(a));
        }
        Tolerance effective = e.isFPType() ? tolerance : new Tolerance(0, 0, false);
        double[] av = values(actual);
        double[] ev = values(expected);
        return compareValues(av, ev, expected.shape(), effective, float32);
    }

    private static Comparison compareScalars(double actual, double expected, Tolerance tolerance) {
        return compareValues(new double[] {actual}, new double[] {expected}, new long[0], tolerance, false);
    }

    private static Comparison compareValues(double[] a, double[] e, long[] shape, Tolerance t, boolean float32) {
        double maxAbs = 0;
        double maxRel = 0;
        int worst = -1;
        double worstExcess = 0;
        for (int i = 0; i < e.length; i++) {
            if (!Double.isFinite(e[i]) || !Double.isFinite(a[i])) {
                boolean same = Double.isNaN(e[i]) ? Double.isNaN(a[i]) : a[i] == e[i];
                if (!same) {
                    return new Comparison(false, Comparison.Kind.NON_FINITE, "", "got " + a[i] + " where "
                            + e[i] + " was expected at " + Arrays.toString(index(i, shape)), Double.NaN, Double.NaN,
                            index(i, shape), float32);
                }
                continue;
            }
            double abs = Math.abs(a[i] - e[i]);
            double rel = e[i] == 0 ? (abs == 0 ? 0 : Double.POSITIVE_INFINITY) : abs / Math.abs(e[i]);
            double excess = abs - (t.atol() + t.rtol() * Math.abs(e[i]));
            maxAbs = Math.max(maxAbs, abs);
            maxRel = Math.max(maxRel, rel);
            if (worst < 0 || excess > worstExcess) {
                worst = i;
                worstExcess = excess;
            }
        }
        long[] worstIndex = worst < 0 ? new long[0] : index(worst, shape);
        if (worst >= 0 && worstExcess > 0) {
            return new Comparison(false, Comparison.Kind.TOLERANCE, "", String.format(
                    "out of tolerance%s: got %.17g, expected %.17g (max abs err %.3g, max rel err %.3g)",
                    // a scalar has no index worth printing ("at []" read as noise)
                    worstIndex.length == 0 ? "" : " at " + Arrays.toString(worstIndex), a[worst], e[worst], maxAbs, maxRel), maxAbs, maxRel, worstIndex,
                    float32);
        }
        return Comparison.ok(maxAbs, maxRel, worstIndex, float32);
    }

    private static Comparison combine(int n, java.util.function.IntFunction<Comparison> part) {
        Comparison worst = null;
        boolean float32 = false;
        double maxAbs = 0;
        double maxRel = 0;
        for (int i = 0; i < n; i++) {
            Comparison c = part.apply(i);
            if (!c.passed()) {
                return c;
            }
            float32 |= c.float32();
            if (worst == null || c.maxAbsError() > worst.maxAbsError()) {
                worst = c;
            }
            maxAbs = Math.max(maxAbs, c.maxAbsError());
            maxRel = Math.max(maxRel, c.maxRelError());
        }
        if (worst == null) {
            return Comparison.ok(0, 0, new long[0], false);
        }
        return new Comparison(true, Comparison.Kind.OK, worst.path(), float32 ? "accepted as float32" : "ok", maxAbs,
                maxRel, worst.worstIndex(), float32);
    }

    /** A Java double/Number, or a 0-d array (Python may return either for a float). */
    private static Double scalar(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof INDArray a && a.rank() == 0 && a.dataType().isFPType()) {
            return a.getDouble(0);
        }
        return null;
    }

    private static List<?> asList(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        if (value instanceof List<?> list) {
            return list;
        }
        return null;
    }

    private static double[] values(INDArray a) {
        INDArray d = a.dataType() == DataType.DOUBLE ? a : a.castTo(DataType.DOUBLE);
        return d.dup('c').data().asDouble();
    }

    private static long[] index(int flat, long[] shape) {
        long[] index = new long[shape.length];
        long rest = flat;
        for (int d = shape.length - 1; d >= 0; d--) {
            index[d] = rest % shape[d];
            rest /= shape[d];
        }
        return index;
    }

    private static String dtypeName(DataType type) {
        return switch (type) {
            case DOUBLE -> "float64";
            case FLOAT -> "float32";
            case HALF -> "float16";
            case LONG -> "int64";
            case INT -> "int32";
            case BOOL -> "bool";
            default -> type.name().toLowerCase();
        };
    }

    static String describe(Object value) {
        if (value == null) {
            return "None/null";
        }
        if (value instanceof INDArray a) {
            return "an array of shape " + Arrays.toString(a.shape());
        }
        if (value instanceof Object[] array) {
            return "a tuple of " + array.length;
        }
        if (value instanceof List<?> list) {
            return "a list of " + list.size();
        }
        if (value instanceof Map<?, ?>) {
            return "a dict";
        }
        return "a " + value.getClass().getSimpleName();
    }
}
