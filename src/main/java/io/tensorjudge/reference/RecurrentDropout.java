package io.tensorjudge.reference;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Dropout in recurrent networks, after Zaremba et al. (a fresh mask per step on the non-recurrent connections only)
 * and the variational form (one mask per sequence). The recurrent path h_{t-1} -> h_t is never dropped here.
 * The loop runs over time steps, each step a whole-batch matrix operation.
 */
public final class RecurrentDropout {

    private RecurrentDropout() {
    }

    /** Zaremba: masks [T,N,D] and [T,N,H]; returns (ys [T,N,O], hs [T,N,H]). */
    public static INDArray[] rnnForward(INDArray xs, INDArray h0, INDArray wxh, INDArray whh, INDArray bh,
            INDArray why, INDArray by, double p, INDArray xMasks, INDArray hMasks) {
        return run(xs, h0, wxh, whh, bh, why, by, p, xMasks, hMasks, true);
    }

    /** Variational: one mask per sequence, x_mask [N,D] and h_mask [N,H], reused at every step. */
    public static INDArray[] rnnForwardVariational(INDArray xs, INDArray h0, INDArray wxh, INDArray whh, INDArray bh,
            INDArray why, INDArray by, double p, INDArray xMask, INDArray hMask) {
        return run(xs, h0, wxh, whh, bh, why, by, p, xMask, hMask, false);
    }

    /** Zaremba dropout on the input of an LSTM (the contract's lstm-cell per step); returns (hs [T,N,H], c_T). */
    public static INDArray[] lstmForward(INDArray xs, INDArray h0, INDArray c0, INDArray w, INDArray b, double p,
            INDArray xMasks) {
        long steps = xs.size(0);
        INDArray[] hs = new INDArray[(int) steps];
        INDArray h = h0;
        INDArray c = c0;
        for (int t = 0; t < steps; t++) {
            INDArray x = Dropout.scaled(step(xs, t), step(xMasks, t), p);
            INDArray[] next = LstmCell.step(x, h, c, w, b);
            h = next[0];
            c = next[1];
            hs[t] = h;
        }
        return new INDArray[] {Nd4j.stack(0, hs), c.dup()};
    }

    private static INDArray[] run(INDArray xs, INDArray h0, INDArray wxh, INDArray whh, INDArray bh, INDArray why,
            INDArray by, double p, INDArray xMask, INDArray hMask, boolean maskPerStep) {
        long steps = xs.size(0);
        INDArray[] ys = new INDArray[(int) steps];
        INDArray[] hs = new INDArray[(int) steps];
        INDArray h = h0;
        for (int t = 0; t < steps; t++) {
            INDArray mx = maskPerStep ? step(xMask, t) : xMask;
            INDArray mh = maskPerStep ? step(hMask, t) : hMask;
            INDArray x = Dropout.scaled(step(xs, t), mx, p);
            h = Transforms.tanh(x.mmul(wxh).addi(h.mmul(whh)).addi(bh), false);
            hs[t] = h;
            ys[t] = Dropout.scaled(h, mh, p).mmul(why).addi(by);
        }
        return new INDArray[] {Nd4j.stack(0, ys), Nd4j.stack(0, hs)};
    }

    private static INDArray step(INDArray sequence, int t) {
        return sequence.get(point(t), all(), all());
    }
}
