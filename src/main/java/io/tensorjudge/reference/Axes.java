package io.tensorjudge.reference;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Small shared helpers: axis normalisation, one-hot targets, ReLU and its mask. */
final class Axes {

    private Axes() {
    }

    /** NumPy-style axis: negative counts from the end. */
    static int normalize(int axis, int rank) {
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= Math.max(rank, 1)) {
            throw new IllegalArgumentException("axis " + axis + " out of range for rank " + rank);
        }
        return a;
    }

    /**
     * One-hot [N, C] float64 rows for int targets [N], built without a per-row loop: |arange(C) - t| is 0 exactly at
     * the target column and >= 1 elsewhere, so 1 - min(|.|, 1) is the indicator.
     */
    static INDArray oneHot(INDArray targets, long classes) {
        INDArray t = targets.castTo(DataType.DOUBLE).reshape(targets.length(), 1);
        INDArray columns = Nd4j.arange(0, classes).castTo(DataType.DOUBLE).reshape(1, classes);
        INDArray distance = Transforms.abs(columns.sub(t), false);
        return Transforms.min(distance, 1.0, false).rsubi(1.0);
    }

    static INDArray relu(INDArray z) {
        return Transforms.relu(z, true);
    }

    /** 1 where z > 0, else 0 (ReLU'(0) = 0). */
    static INDArray positive(INDArray z) {
        return z.gt(0.0).castTo(DataType.DOUBLE);
    }

    static INDArray asDouble(INDArray x) {
        return x.dataType() == DataType.DOUBLE ? x : x.castTo(DataType.DOUBLE);
    }

    /** Sum over every axis except the last one, e.g. a bias gradient for inputs of any rank. */
    static INDArray sumAllButLast(INDArray x) {
        if (x.rank() == 1) {
            return x.dup();
        }
        int[] dims = new int[x.rank() - 1];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = i;
        }
        return x.sum(dims);
    }
}
