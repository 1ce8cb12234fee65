package io.tensorjudge.reference;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Summaries of padded, time-major [T, N, H] sequence batches that ignore the padding. */
public final class SequencePooling {

    private SequencePooling() {
    }

    /** Mean of hs[t, n, :] over t < lengths[n]; returns [N, H]. Padded steps may hold any value. */
    public static INDArray maskedMean(INDArray hs, INDArray lengths) {
        long steps = hs.size(0);
        long batch = hs.size(1);
        INDArray time = Nd4j.arange(0, steps).castTo(DataType.DOUBLE).reshape(steps, 1);
        INDArray len = lengths.castTo(DataType.DOUBLE).reshape(1, batch);
        // valid[t, n] = 1 when t < lengths[n]: lengths - t > 0, i.e. at least 1 for integers
        INDArray valid = len.sub(time).gt(0.5).castTo(DataType.DOUBLE);
        INDArray weighted = hs.mul(valid.reshape(steps, batch, 1));
        return weighted.sum(0).diviColumnVector(len.reshape(batch, 1));
    }
}
