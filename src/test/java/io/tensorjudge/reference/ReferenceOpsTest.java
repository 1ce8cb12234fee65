package io.tensorjudge.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorjudge.grading.Comparison;
import io.tensorjudge.grading.TensorComparator;
import io.tensorjudge.bank.Tolerance;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The references that use ND4J's native ops against plain loops, plus the numerics the contract insists on. */
class ReferenceOpsTest {

    private static final Tolerance TIGHT = new Tolerance(1e-12, 1e-12, false);

    @BeforeAll
    static void float64() {
        Nd4jRuntime.configure();
    }

    private static INDArray random(long seed, long... shape) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.randn(DataType.DOUBLE, shape);
    }

    private static void assertClose(INDArray expected, INDArray actual) {
        Comparison c = TensorComparator.compareArrays(actual, expected, TIGHT);
        assertTrue(c.passed(), c.message());
    }

    @ParameterizedTest(name = "stride {0}, padding {1}, kernel {2}")
    @CsvSource({"1,0,3", "1,1,3", "2,1,3", "2,0,2", "3,2,5"})
    void conv2dMatchesLoops(int stride, int padding, int kernel) {
        INDArray x = random(1, 2, 3, 9, 8);
        INDArray w = random(2, 4, 3, kernel, kernel);
        INDArray b = random(3, 4);
        INDArray expected = PlainOps.conv2d(x, w, b, stride, padding);
        INDArray actual = Convolution.conv2d(x, w, b, stride, padding);
        assertEquals(DataType.DOUBLE, actual.dataType());
        assertClose(expected, actual);
    }

    @ParameterizedTest(name = "kernel {0}, stride {1}")
    @CsvSource({"3,2", "2,2", "3,1", "2,3"})
    void maxPoolMatchesLoops(int kernel, int stride) {
        INDArray x = random(4, 2, 3, 9, 7);
        assertClose(PlainOps.maxPool2d(x, kernel, stride), Convolution.maxPool2d(x, kernel, stride));
    }

    @ParameterizedTest(name = "size {0}")
    @CsvSource({"1", "3", "5", "7"})
    void lrnMatchesLoops(int size) {
        INDArray x = random(5, 2, 6, 3, 4).muli(3);
        assertClose(PlainOps.lrn(x, size, 1e-2, 0.75, 2.0), LocalResponseNorm.lrn(x, size, 1e-2, 0.75, 2.0));
    }

    @Test
    void softmaxIsStableForHugeLogits() {
        INDArray x = Nd4j.createFromArray(new double[][] {{1e4, 0, -1e4}, {-1e4, -1e4 + 1, -1e4 + 2}});
        INDArray p = Activations.softmax(x, -1);
        assertArrayEquals(new double[] {1, 0, 0}, p.getRow(0).toDoubleVector(), 0);
        INDArray small = Activations.softmax(Nd4j.createFromArray(new double[][] {{0, 1, 2}}), -1);
        assertArrayEquals(small.getRow(0).toDoubleVector(), p.getRow(1).toDoubleVector(), 1e-15);
        assertEquals(-2e4, Activations.logSoftmax(x, 1).getDouble(0, 2), 1e-9);
    }

    @Test
    void logsumexpRemovesTheAxis() {
        INDArray x = random(6, 3, 4);
        INDArray lse = Activations.logsumexp(x, 0);
        assertArrayEquals(new long[] {4}, lse.shape());
        double manual = Math.log(Math.exp(x.getDouble(0, 1)) + Math.exp(x.getDouble(1, 1)) + Math.exp(x.getDouble(2, 1)));
        assertEquals(manual, lse.getDouble(1), 1e-12);
    }

    @Test
    void attentionMaskGivesZeroWeight() {
        INDArray q = random(7, 1, 2, 3);
        INDArray k = random(8, 1, 3, 3);
        INDArray v = random(9, 1, 3, 2);
        INDArray mask = Nd4j.createFromArray(new boolean[] {true, false, true, true, true, false}).reshape(1, 2, 3);
        INDArray weights = Attention.attention(q, k, v, mask)[1];
        assertEquals(0.0, weights.getDouble(0, 0, 1));
        assertEquals(0.0, weights.getDouble(0, 1, 2));
        assertEquals(1.0, weights.sum(2).getDouble(0, 0), 1e-15);
    }

    @Test
    void lstmGateOrderIsIfgo() {
        // with W = 0, gates are the bias: i, f, g, o blocks of b
        INDArray b = Nd4j.createFromArray(10.0, -10.0, 0.5, 10.0);
        INDArray[] out = LstmCell.step(Nd4j.ones(DataType.DOUBLE, 1, 2), Nd4j.zeros(DataType.DOUBLE, 1, 1),
                Nd4j.ones(DataType.DOUBLE, 1, 1), Nd4j.zeros(DataType.DOUBLE, 3, 4), b);
        double sig = 1 / (1 + Math.exp(-10));
        double c = (1 - sig) * 1 + sig * Math.tanh(0.5);
        assertEquals(c, out[1].getDouble(0, 0), 1e-15);
        assertEquals(sig * Math.tanh(c), out[0].getDouble(0, 0), 1e-15);
    }

    @Test
    void referencesDoNotModifyInputs() {
        INDArray x = random(10, 4, 5);
        INDArray copy = x.dup();
        ExerciseReferences.get("softmax").apply(List.of(x, -1));
        ExerciseReferences.get("gelu").apply(List.of(x));
        ExerciseReferences.get("dropout").apply(List.of(x, 0.5, Nd4j.ones(DataType.DOUBLE, 4, 5), true));
        assertEquals(copy, x);
    }

    @Test
    void schedulesFollowTheirFormulas() {
        assertEquals(0.05, LrSchedules.warmupCosine(5, 0.1, 10, 110, 0.0), 1e-15);
        assertEquals(0.1, LrSchedules.warmupCosine(10, 0.1, 10, 110, 0.0), 1e-15);
        assertEquals(0.01, LrSchedules.warmupCosine(110, 0.1, 10, 110, 0.01), 1e-15);
        assertEquals(0.1 * 0.5 * 0.5, LrSchedules.step(25, 0.1, 10, 0.5), 1e-15);
        assertEquals(0.1 * Math.pow(0.9, 3), LrSchedules.exponential(3, 0.1, 0.9), 1e-15);
    }

    @Test
    void everyRegisteredIdIsASlug() {
        assertTrue(ExerciseReferences.ids().size() >= 39);
        ExerciseReferences.ids().forEach(id -> assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id));
    }
}
