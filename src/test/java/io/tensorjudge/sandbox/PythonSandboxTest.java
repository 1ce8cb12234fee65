package io.tensorjudge.sandbox;

import static io.tensorjudge.sandbox.TestSandbox.call;
import static io.tensorjudge.sandbox.TestSandbox.matrix;
import static io.tensorjudge.sandbox.TestSandbox.python;
import static io.tensorjudge.sandbox.TestSandbox.runner;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("sandbox")
class PythonSandboxTest {

    private static final String SOFTMAX = """
            import numpy as np
            def softmax(x, axis=-1):
                e = np.exp(x - x.max(axis=axis, keepdims=True))
                return e / e.sum(axis=axis, keepdims=True)
            """;

    @Test
    void shouldReturnArraysComputedByTheSubmission() {
        SandboxResult r = runner().run(python(SOFTMAX, "softmax",
                call("rows", matrix(new double[][] {{1, 2, 3}, {0, 0, 0}}), new IntValue(-1))));

        assertEquals(Outcome.OK, r.outcome(), r.message() + r.stderr());
        NdArray out = (NdArray) r.cases().get(0).value();
        assertEquals(DType.FLOAT64, out.dtype());
        assertArrayEquals(new long[] {2, 3}, out.shape());
        double[] v = out.toDoubles();
        double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertEquals(Math.exp(1) / z, v[0], 1e-12);
        assertEquals(1.0 / 3, v[4], 1e-12);
    }
}
