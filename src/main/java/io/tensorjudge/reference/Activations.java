package io.tensorjudge.reference;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Softmax family and GELU. Every function returns a new array and leaves its input untouched. */
public final class Activations {

    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);

    private Activations() {
    }

    /**
     * Softmax along {@code axis}; shifting by the slice maximum keeps exp() finite for logits of any size. Composed
     * rather than ND4J's native SoftMax op: in 1.0.0-M2.1 that op returns NaN for a row like [-1e4, -1e4+1, -1e4+2].
     */
    public static INDArray softmax(INDArray x, int axis) {
        int a = Axes.normalize(axis, x.rank());
        INDArray e = Transforms.exp(x.sub(x.max(true, a)), false);
        return e.divi(e.sum(true, a));
    }

    public static INDArray logSoftmax(INDArray x, int axis) {
        int a = Axes.normalize(axis, x.rank());
        INDArray shifted = x.sub(x.max(true, a));
        INDArray logSum = Transforms.log(Transforms.exp(shifted, true).sum(true, a), false);
        return shifted.subi(logSum);
    }

    /** log(sum(exp(x))) along {@code axis}, which is removed from the shape. */
    public static INDArray logsumexp(INDArray x, int axis) {
        int a = Axes.normalize(axis, x.rank());
        INDArray max = x.max(true, a);
        INDArray sum = Transforms.exp(x.sub(max), false).sum(true, a);
        INDArray withAxis = Transforms.log(sum, false).addi(max);
        long[] shape = removeAxis(x.shape(), a);
        return withAxis.reshape(shape);
    }

    /** GELU, tanh approximation: 0.5x(1 + tanh(sqrt(2/pi)(x + 0.044715x^3))). */
    public static INDArray gelu(INDArray x) {
        INDArray inner = Transforms.pow(x, 3, true).muli(0.044715).addi(x).muli(SQRT_2_OVER_PI);
        return Transforms.tanh(inner, false).addi(1.0).muli(x).muli(0.5);
    }

    /**
     * dout * gelu'(x) for the tanh form: 0.5(1 + tanh u) + 0.5 x sech^2(u) du/dx with u = sqrt(2/pi)(x + 0.044715x^3)
     * and du/dx = sqrt(2/pi)(1 + 3 * 0.044715 x^2).
     */
    public static INDArray geluBackward(INDArray x, INDArray dout) {
        INDArray tanh = Transforms.tanh(Transforms.pow(x, 3, true).muli(0.044715).addi(x).muli(SQRT_2_OVER_PI), false);
        INDArray sech2 = Transforms.pow(tanh, 2, true).rsubi(1.0);
        INDArray duDx = Transforms.pow(x, 2, true).muli(3 * 0.044715).addi(1.0).muli(SQRT_2_OVER_PI);
        INDArray grad = sech2.muli(duDx).muli(x).addi(tanh).addi(1.0).muli(0.5);
        return grad.muli(dout);
    }

    public static INDArray relu(INDArray x) {
        return Axes.relu(x);
    }

    private static long[] removeAxis(long[] shape, int axis) {
        long[] out = new long[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != axis) {
                out[j++] = shape[i];
            }
        }
        return out;
    }
}
