package io.tensorjudge.reference;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Whole training steps built from the layers above: an MLP SGD step and the clipped, scheduled linear loop. */
public final class Training {

    private Training() {
    }

    /**
     * One SGD step of a ReLU MLP (W1, b1, W2, b2) with mean softmax cross-entropy. Returns (new_params,
     * loss_before_step).
     */
    public static Object[] mlpTrainStep(Map<String, INDArray> params, INDArray x, INDArray y, double lr) {
        INDArray w1 = params.get("W1");
        INDArray b1 = params.get("b1");
        INDArray w2 = params.get("W2");
        INDArray b2 = params.get("b2");
        INDArray z1 = Linear.forward(x, w1, b1);
        INDArray a1 = Axes.relu(z1);
        INDArray logits = Linear.forward(a1, w2, b2);
        double loss = Losses.crossEntropy(logits, y);
        INDArray dLogits = Losses.crossEntropyBackward(logits, y);
        INDArray[] second = Linear.backward(a1, w2, b2, dLogits);
        INDArray dz1 = second[0].muli(Axes.positive(z1));
        INDArray[] first = Linear.backward(x, w1, b1, dz1);
        Map<String, INDArray> updated = new LinkedHashMap<>();
        updated.put("W1", w1.sub(first[1].muli(lr)));
        updated.put("b1", b1.sub(first[2].muli(lr)));
        updated.put("W2", w2.sub(second[1].muli(lr)));
        updated.put("b2", b2.sub(second[2].muli(lr)));
        return new Object[] {updated, loss};
    }

    /**
     * T steps of a linear softmax classifier: loss_t, gradients, global-norm clipping of [dW, db] to max_norm, SGD
     * with lr_t = lr * gamma^t. Returns (W, b, losses [T]) with the losses taken before each step.
     */
    public static INDArray[] clippedScheduledLoop(INDArray w0, INDArray b0, INDArray xs, INDArray ys, double lr,
            double maxNorm, double gamma) {
        int steps = (int) xs.size(0);
        INDArray w = w0.dup();
        INDArray b = b0.dup();
        double[] losses = new double[steps];
        for (int t = 0; t < steps; t++) {
            INDArray x = xs.get(point(t), all(), all());
            INDArray y = ys.get(point(t), all());
            INDArray logits = Linear.forward(x, w, b);
            losses[t] = Losses.crossEntropy(logits, y);
            INDArray[] grads = Linear.backward(x, w, b, Losses.crossEntropyBackward(logits, y));
            List<INDArray> clipped = castList(Optimizers.clipGradNorm(List.of(grads[1], grads[2]), maxNorm)[0]);
            double lrT = lr * Math.pow(gamma, t);
            w = w.sub(clipped.get(0).mul(lrT));
            b = b.sub(clipped.get(1).mul(lrT));
        }
        return new INDArray[] {w, b, Nd4j.createFromArray(losses).castTo(DataType.DOUBLE)};
    }

    /** (x[idx], y[idx]) along the first axis. */
    public static INDArray[] makeBatch(INDArray x, INDArray y, INDArray idx) {
        return new INDArray[] {rows(x, idx), rows(y, idx)};
    }

    private static INDArray rows(INDArray a, INDArray idx) {
        long[] indices = idx.toLongVector();
        long[] shape = a.shape().clone();
        shape[0] = indices.length;
        INDArray asMatrix = a.reshape('c', a.size(0), a.length() / a.size(0));
        int[] rowIndices = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            rowIndices[i] = Math.toIntExact(indices[i]);
        }
        return Nd4j.pullRows(asMatrix, 1, rowIndices).reshape('c', shape);
    }

    @SuppressWarnings("unchecked")
    private static List<INDArray> castList(Object value) {
        return (List<INDArray>) value;
    }
}
