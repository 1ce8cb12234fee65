package io.tensorjudge.sandbox;

import io.tensorjudge.wire.BoolValue;
import io.tensorjudge.wire.DType;
import io.tensorjudge.wire.DictValue;
import io.tensorjudge.wire.FloatValue;
import io.tensorjudge.wire.IntValue;
import io.tensorjudge.wire.ListValue;
import io.tensorjudge.wire.NdArray;
import io.tensorjudge.wire.NoneValue;
import io.tensorjudge.wire.TupleValue;
import io.tensorjudge.wire.Value;

import static io.tensorjudge.sandbox.TestSandbox.call;
import static io.tensorjudge.sandbox.TestSandbox.java;
import static io.tensorjudge.sandbox.TestSandbox.matrix;
import static io.tensorjudge.sandbox.TestSandbox.runner;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("sandbox")
class JavaSandboxTest {

    private static final String SOFTMAX = """
            import org.nd4j.linalg.api.ndarray.INDArray;
            import org.nd4j.linalg.ops.transforms.Transforms;
            public class Solution {
                public static INDArray softmax(INDArray x, int axis) {
                    return Transforms.softmax(x, true);
                }
            }
            """;

    @Test
    void shouldCompileAndRunAJavaSubmission() {
        SandboxResult r = runner().run(java(SOFTMAX, "softmax",
                call("rows", matrix(new double[][] {{1, 2, 3}, {0, 0, 0}}), new IntValue(-1))));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.stderr() + r.cases());
        NdArray out = (NdArray) r.cases().get(0).value();
        assertEquals(DType.FLOAT64, out.dtype());
        assertArrayEquals(new long[] {2, 3}, out.shape());
        double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertEquals(Math.exp(3) / z, out.toDoubles()[2], 1e-12);
    }

    /** libnd4j starts its native thread pool on the first gemm; under a too small address-space limit it hung. */
    @Test
    void shouldRunAMatrixProductInsideTheSandbox() {
        String matmul = """
                import org.nd4j.linalg.api.ndarray.INDArray;
                public class Solution {
                    public static INDArray product(INDArray a, INDArray b) {
                        return a.mmul(b);
                    }
                }
                """;
        SandboxResult r = runner().run(java(matmul, "product",
                call("gemm", matrix(new double[][] {{1, 2}, {3, 4}}), matrix(new double[][] {{5, 6}, {7, 8}}))));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.stderr() + r.cases());
        assertArrayEquals(new double[] {19, 22, 43, 50}, ((NdArray) r.cases().get(0).value()).toDoubles(), 1e-12);
    }

    @Test
    void shouldConvertArgumentsByTheDeclaredParameterTypes() {
        String src = """
                import java.util.*;
                import org.nd4j.linalg.api.buffer.DataType;
                import org.nd4j.linalg.api.ndarray.INDArray;
                public class Solution {
                    public static Object[] f(INDArray x, INDArray labels, INDArray mask, int n, double lr, boolean flag,
                            INDArray nothing, List<INDArray> grads, Map<String, INDArray> params) {
                        if (x.dataType() != DataType.DOUBLE || labels.dataType() != DataType.LONG
                                || mask.dataType() != DataType.BOOL || nothing != null || !flag) {
                            throw new IllegalArgumentException("bad conversion " + x.dataType() + labels.dataType() + mask.dataType());
                        }
                        Map<String, INDArray> out = new LinkedHashMap<>();
                        out.put("W", params.get("W").add(n));
                        List<INDArray> clipped = new ArrayList<>();
                        for (INDArray g : grads) clipped.add(g.mul(2));
                        return new Object[] {clipped, out, x.mul(lr), 2.5, new INDArray[] {labels}};
                    }
                }
                """;
        LinkedHashMap<String, Value> params = new LinkedHashMap<>();
        params.put("W", NdArray.ofDoubles(new double[] {1, 2}, 2));
        SandboxResult r = runner().run(java(src, "f", call("all",
                matrix(new double[][] {{1, 2}, {3, 4}}), NdArray.ofLongs(new long[] {0, 2}, 2),
                NdArray.ofBooleans(new boolean[] {true, false}, 2), new IntValue(10), new FloatValue(0.5),
                new BoolValue(true), NoneValue.INSTANCE,
                new ListValue(List.of(NdArray.ofDoubles(new double[] {1, 3}, 2))), new DictValue(params))));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.cases() + r.stderr());
        List<Value> t = ((TupleValue) r.cases().get(0).value()).items();
        assertArrayEquals(new double[] {2, 6}, ((NdArray) ((ListValue) t.get(0)).items().get(0)).toDoubles());
        assertArrayEquals(new double[] {11, 12}, ((NdArray) ((DictValue) t.get(1)).entries().get("W")).toDoubles());
        NdArray scaled = (NdArray) t.get(2);
        assertArrayEquals(new long[] {2, 2}, scaled.shape());
        assertArrayEquals(new double[] {0.5, 1, 1.5, 2}, scaled.toDoubles());
        assertEquals(new FloatValue(2.5), t.get(3));
        NdArray labels = (NdArray) ((TupleValue) t.get(4)).items().get(0);
        assertEquals(DType.INT64, labels.dtype());
        assertArrayEquals(new long[] {0, 2}, labels.toLongs());
    }

    @Test
    void shouldReportCompileErrorsAndCandidateFramesOnly() {
        SandboxResult broken = runner().run(java("public class Solution {\n  public static double f() { return x; }\n}\n",
                "f", call("c")));
        assertEquals(Outcome.COMPILE_ERROR, broken.outcome());
        assertTrue(broken.message().contains("Solution.java:2: error: cannot find symbol"), broken.message());

        String throwing = """
                public class Solution {
                    static double helper(double v) { throw new IllegalStateException("boom " + v); }
                    public static double f(double v) { return helper(v); }
                }
                """;
        SandboxResult r = runner().run(java(throwing, "f", call("c", new FloatValue(1.5))));
        String error = r.cases().get(0).error();
        assertEquals(Outcome.RUNTIME_ERROR, r.outcome());
        assertTrue(error.startsWith("java.lang.IllegalStateException: boom 1.5"), error);
        assertTrue(error.contains("Solution.helper(Solution.java:2)"), error);
        assertFalse(error.contains("JavaHarness") || error.contains("reflect"), error);
    }
}
