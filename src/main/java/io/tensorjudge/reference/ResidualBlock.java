package io.tensorjudge.reference;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** ResNet's fully connected residual block (paper form: ReLU after the addition), its backward pass and variants. */
public final class ResidualBlock {

    private ResidualBlock() {
    }

    /** relu(x + relu(x@W1+b1)@W2 + b2). */
    public static INDArray forward(INDArray x, INDArray w1, INDArray b1, INDArray w2, INDArray b2) {
        return Axes.relu(residual(x, w1, b1, w2, b2).addi(x));
    }

    /** Returns (dx, dW1, db1, dW2, db2) for the block above. */
    public static INDArray[] backward(INDArray x, INDArray w1, INDArray b1, INDArray w2, INDArray b2, INDArray dout) {
        INDArray z1 = Linear.forward(x, w1, b1);
        INDArray a1 = Axes.relu(z1);
        INDArray z2 = Linear.forward(a1, w2, b2).addi(x);
        INDArray dz2 = dout.mul(Axes.positive(z2));
        INDArray[] second = Linear.backward(a1, w2, b2, dz2);
        INDArray dz1 = second[0].muli(Axes.positive(z1));
        INDArray[] first = Linear.backward(x, w1, b1, dz1);
        INDArray dx = first[0].addi(dz2);
        return new INDArray[] {dx, first[1], first[2], second[1], second[2]};
    }

    /** Option B shortcut for a change of width: relu(x@Ws + relu(x@W1+b1)@W2 + b2). */
    public static INDArray projection(INDArray x, INDArray w1, INDArray b1, INDArray w2, INDArray b2, INDArray ws) {
        return Axes.relu(residual(x, w1, b1, w2, b2).addi(x.mmul(ws)));
    }

    /**
     * L blocks with stacked weights W [L,D,D], b [L,D]; use_shortcut=false gives the plain network of the same
     * depth (the ablation of the ResNet paper).
     */
    public static INDArray stack(INDArray x, INDArray w1, INDArray b1, INDArray w2, INDArray b2, boolean useShortcut) {
        INDArray h = x;
        for (int layer = 0; layer < w1.size(0); layer++) {
            INDArray f = residual(h, matrix(w1, layer), row(b1, layer), matrix(w2, layer), row(b2, layer));
            h = Axes.relu(useShortcut ? f.addi(h) : f);
        }
        return h.dup();
    }

    private static INDArray residual(INDArray x, INDArray w1, INDArray b1, INDArray w2, INDArray b2) {
        return Linear.forward(Axes.relu(Linear.forward(x, w1, b1)), w2, b2);
    }

    private static INDArray matrix(INDArray stacked, int layer) {
        return stacked.get(point(layer), all(), all());
    }

    private static INDArray row(INDArray stacked, int layer) {
        return stacked.get(point(layer), all());
    }

    /**
     * relu(fx + shortcut(x)) with the paper's parameter-free zero-padding shortcut: rows and columns 0, s, 2s, ... of
     * x [N, C_in, H, W], then all-zero channels appended up to fx's C_out.
     */
    public static INDArray zeroPadMerge(INDArray x, INDArray fx, int stride) {
        INDArray sub = x.get(all(), all(), NDArrayIndex.interval(0, stride, x.size(2)),
                NDArrayIndex.interval(0, stride, x.size(3))).dup();
        long extra = fx.size(1) - x.size(1);
        INDArray shortcut = extra == 0 ? sub
                : Nd4j.concat(1, sub, Nd4j.zeros(sub.dataType(), fx.size(0), extra, fx.size(2), fx.size(3)));
        return Axes.relu(fx.add(shortcut));
    }
}
