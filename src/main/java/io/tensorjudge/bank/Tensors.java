package io.tensorjudge.bank;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Array construction kept in one place (float64, int64 and bool, C order). */
final class Tensors {
    private Tensors() {
    }

    static long count(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    static INDArray doubles(double[] values, long[] shape) {
        return shape.length == 0 ? Nd4j.scalar(values[0]) : Nd4j.createFromArray(values).reshape('c', shape);
    }

    static INDArray longs(long[] values, long[] shape) {
        return shape.length == 0 ? Nd4j.scalar(values[0]) : Nd4j.createFromArray(values).reshape('c', shape);
    }

    static INDArray bools(boolean[] values, long[] shape) {
        return shape.length == 0 ? Nd4j.scalar(values[0]) : Nd4j.createFromArray(values).reshape('c', shape);
    }
}
