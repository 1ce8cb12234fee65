package io.tensorjudge.reference;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Fans and Xavier/Kaiming scales of a weight shape: linear [D_in, D_out] (this bank's layout) or conv [F, C, k...]. */
public final class Initialization {

    private static final double TANH_GAIN = 5.0 / 3.0;

    private Initialization() {
    }

    /**
     * [fan_in, fan_out, xavier uniform bound, xavier normal std, kaiming uniform bound (fan_in), kaiming normal std
     * (fan_out)]; the xavier gain is 5/3 for tanh else 1, the kaiming gain that of leaky ReLU with the given slope.
     */
    public static INDArray scales(INDArray w, double negativeSlope, boolean tanh) {
        long[] shape = w.shape();
        double receptive = 1.0;
        for (int i = 2; i < shape.length; i++) {
            receptive *= shape[i];
        }
        boolean linear = shape.length == 2;
        double fanIn = linear ? shape[0] : shape[1] * receptive;
        double fanOut = linear ? shape[1] : shape[0] * receptive;
        double xavierGain = tanh ? TANH_GAIN : 1.0;
        double kaimingGain = Math.sqrt(2.0 / (1.0 + negativeSlope * negativeSlope));
        double xavierStd = xavierGain * Math.sqrt(2.0 / (fanIn + fanOut));
        return Nd4j.createFromArray(fanIn, fanOut, xavierStd * Math.sqrt(3.0), xavierStd,
                kaimingGain / Math.sqrt(fanIn) * Math.sqrt(3.0), kaimingGain / Math.sqrt(fanOut));
    }
}
