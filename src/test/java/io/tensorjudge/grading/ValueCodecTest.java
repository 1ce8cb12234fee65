package io.tensorjudge.grading;

import io.tensorjudge.bank.Tolerance;
import io.tensorjudge.wire.NdArray;
import io.tensorjudge.wire.Npy;
import io.tensorjudge.wire.WireException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Contract values through the sandbox boundary's own encoding: INDArray -> Value -> .npy -> Value -> INDArray. */
class ValueCodecTest {

    @TempDir
    Path dir;

    private static List<INDArray> samples() {
        return List.of(
                Nd4j.createFromArray(new double[][] {{1.5, -2.0, Double.NaN}, {Double.NEGATIVE_INFINITY, 0, 1e-300}}),
                Nd4j.createFromArray(new float[] {0.1f, 0.2f}),
                Nd4j.createFromArray(new long[] {Long.MIN_VALUE, 3}).reshape(2, 1),
                Nd4j.createFromArray(new int[] {7}),
                Nd4j.createFromArray(new boolean[] {true, false, true, true}).reshape(2, 1, 2),
                Nd4j.scalar(2.5));
    }

    static byte[] toNpy(INDArray a) {
        return Npy.write((NdArray) ValueCodec.toValue(a));
    }

    static INDArray fromNpy(byte[] bytes) throws WireException {
        return (INDArray) ValueCodec.fromValue(Npy.read(bytes, Long.MAX_VALUE));
    }

    @Test
    void shouldRoundTripEveryContractDtype() throws WireException {
        for (INDArray a : samples()) {
            INDArray back = fromNpy(toNpy(a));
            assertEquals(a.dataType(), back.dataType());
            assertArrayEquals(a.shape(), back.shape());
            Comparison same = TensorComparator.compare(back, a, new Tolerance(0, 0, true));
            assertEquals(true, same.passed(), same.message());
        }
    }

    @Test
    void shouldBeReadableByNumpy() throws IOException, InterruptedException {
        INDArray a = Nd4j.createFromArray(new double[][] {{1, 2, 3}, {4, 5, 6}}).castTo(DataType.DOUBLE);
        Path file = dir.resolve("a.npy");
        Files.write(file, toNpy(a));
        Process p = new ProcessBuilder("/usr/bin/python3", "-c",
                "import numpy as np, sys; a = np.load(sys.argv[1]); print(a.dtype, a.shape, a[1, 2])", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor());
        assertEquals("float64 (2, 3) 6.0", out);
    }
}
