package io.tensorjudge.reference;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Inverted dropout with the mask passed in (1 = keep), so the result does not depend on any RNG. */
public final class Dropout {

    private Dropout() {
    }

    public static INDArray dropout(INDArray x, double p, INDArray mask, boolean training) {
        if (!training || p == 0.0) {
            return x.dup();
        }
        return x.mul(mask).divi(1.0 - p);
    }

    /**
     * The AlexNet paper's (non-inverted) dropout: x * mask while training, x * (1 - p) at test time, so that each
     * output keeps its training-time expectation.
     */
    public static INDArray testTimeScaled(INDArray x, double p, INDArray mask, boolean training) {
        return training ? x.mul(mask) : x.mul(1.0 - p);
    }

    /** The same scaling without the training switch, as used inside the RNN exercises. */
    static INDArray scaled(INDArray x, INDArray mask, double p) {
        return x.mul(mask).divi(1.0 - p);
    }
}
