package io.tensorjudge.sandbox;

import static io.tensorjudge.sandbox.TestSandbox.call;
import static io.tensorjudge.sandbox.TestSandbox.java;
import static io.tensorjudge.sandbox.TestSandbox.matrix;
import static io.tensorjudge.sandbox.TestSandbox.runner;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        System.out.println("java job wall ms: " + r.usage().wallMicros() / 1000);
    }
}
