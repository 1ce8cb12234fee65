package io.tensorjudge.grading;

import io.tensorjudge.bank.Tolerance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TensorComparatorTest {

    private static final Tolerance DEFAULT = Tolerance.DEFAULT;

    private static INDArray matrix(double[][] values) {
        return Nd4j.createFromArray(values);
    }

    @Test
    void shouldAcceptValuesWithinAtolPlusRtolTimesExpected() {
        INDArray expected = matrix(new double[][] {{1000.0, 0.0}});
        // 1000 allows 1e-8 + 1e-3; 0 allows only atol
        INDArray actual = matrix(new double[][] {{1000.0 + 9e-4, 5e-9}});
        Comparison c = TensorComparator.compare(actual, expected, DEFAULT);
        assertTrue(c.passed(), c.message());
        assertEquals(9e-4, c.maxAbsError(), 1e-12);
    }

    @Test
    void shouldReportTheWorstIndexWhenOutOfTolerance() {
        INDArray expected = matrix(new double[][] {{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}});
        INDArray actual = expected.dup();
        actual.putScalar(new long[] {1, 2}, 6.001);
        actual.putScalar(new long[] {0, 0}, 1.0000001);
        Comparison c = TensorComparator.compare(actual, expected, DEFAULT);
        assertFalse(c.passed());
        assertEquals(Comparison.Kind.TOLERANCE, c.kind());
        assertArrayEquals(new long[] {1, 2}, c.worstIndex());
        assertEquals(1e-3, c.maxAbsError(), 1e-9);
        assertEquals(1e-3 / 6, c.maxRelError(), 1e-9);
    }

    @Test
    void shouldRejectAnyShapeDifferenceIncludingOneElementArraysForScalars() {
        INDArray expected = matrix(new double[][] {{1.0, 2.0}});
        assertEquals(Comparison.Kind.SHAPE, TensorComparator.compare(expected.reshape(2), expected, DEFAULT).kind());
        assertEquals(Comparison.Kind.TYPE, TensorComparator.compare(Nd4j.createFromArray(1.0), 1.0, DEFAULT).kind());
        assertTrue(TensorComparator.compare(Nd4j.scalar(1.0), 1.0, DEFAULT).passed());
    }

    @Test
    void shouldAcceptFloat32OnlyWhereAllowed() {
        INDArray expected = matrix(new double[][] {{0.1, 0.2}});
        INDArray f32 = expected.castTo(DataType.FLOAT);
        Comparison strict = TensorComparator.compare(f32, expected, DEFAULT);
        assertEquals(Comparison.Kind.DTYPE, strict.kind());
        assertTrue(strict.message().contains("float32"));
        Comparison loose = TensorComparator.compare(f32, expected, new Tolerance(1e-5, 1e-7, true));
        assertTrue(loose.passed(), loose.message());
        assertTrue(loose.float32());
    }

    @Test
    void shouldRequireNonFiniteValuesExactlyWhereTheReferenceHasThem() {
        INDArray expected = matrix(new double[][] {{Double.NEGATIVE_INFINITY, 1.0}});
        assertTrue(TensorComparator.compare(expected.dup(), expected, DEFAULT).passed());
        INDArray nan = matrix(new double[][] {{Double.NEGATIVE_INFINITY, Double.NaN}});
        Comparison c = TensorComparator.compare(nan, expected, DEFAULT);
        assertEquals(Comparison.Kind.NON_FINITE, c.kind());
        assertArrayEquals(new long[] {0, 1}, c.worstIndex());
        INDArray wrongSign = matrix(new double[][] {{Double.POSITIVE_INFINITY, 1.0}});
        assertEquals(Comparison.Kind.NON_FINITE, TensorComparator.compare(wrongSign, expected, DEFAULT).kind());
    }

    @Test
    void shouldCompareIntegerArraysExactly() {
        INDArray expected = Nd4j.createFromArray(new long[] {1, 2, 3});
        assertTrue(TensorComparator.compare(Nd4j.createFromArray(new int[] {1, 2, 3}), expected, DEFAULT).passed());
        assertEquals(Comparison.Kind.DTYPE, TensorComparator.compare(expected.castTo(DataType.DOUBLE), expected, DEFAULT).kind());
        assertEquals(Comparison.Kind.TOLERANCE,
                TensorComparator.compare(Nd4j.createFromArray(new long[] {1, 2, 4}), expected, DEFAULT).kind());
    }

    @Test
    void shouldLocateFailuresInsideTuplesListsAndDicts() {
        INDArray a = matrix(new double[][] {{1.0}});
        INDArray b = matrix(new double[][] {{2.0}});
        Comparison tuple = TensorComparator.compare(new Object[] {a, List.of(a, a), 3.0}, new Object[] {a, List.of(a, b), 3.0}, DEFAULT);
        assertFalse(tuple.passed());
        assertEquals("[1][1]", tuple.path());
        Map<String, INDArray> expected = new LinkedHashMap<>(Map.of("W1", a));
        Comparison dict = TensorComparator.compare(Map.of("W1", b), expected, DEFAULT);
        assertEquals("['W1']", dict.path());
        assertEquals(Comparison.Kind.TYPE, TensorComparator.compare(Map.of("W2", a), expected, DEFAULT).kind());
        assertEquals(Comparison.Kind.TYPE, TensorComparator.compare(new INDArray[] {a}, new INDArray[] {a, a}, DEFAULT).kind());
        assertTrue(TensorComparator.compare(new Object[] {a, 2.0}, new Object[] {a, 2.0}, DEFAULT).passed());
    }
}
