package io.tensorjudge.reference;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One GRU step in PyTorch's form: W_ih [D, 3H], W_hh [H, 3H], gate blocks r, z, n, and the reset gate applied to
 * the recurrent pre-activation after the matmul (b_hn included), not to h before it as in Cho et al.
 */
public final class GruCell {

    private GruCell() {
    }

    public static INDArray step(INDArray x, INDArray h, INDArray wih, INDArray whh, INDArray bih, INDArray bhh) {
        long hidden = h.size(1);
        INDArray gi = x.mmul(wih).addiRowVector(bih);
        INDArray gh = h.mmul(whh).addiRowVector(bhh);
        INDArray r = Transforms.sigmoid(block(gi, 0, hidden).add(block(gh, 0, hidden)), false);
        INDArray z = Transforms.sigmoid(block(gi, 1, hidden).add(block(gh, 1, hidden)), false);
        INDArray n = Transforms.tanh(block(gh, 2, hidden).mul(r).addi(block(gi, 2, hidden)), false);
        // (1 - z) * n + z * h  ==  n + z * (h - n)
        return h.sub(n).muli(z).addi(n);
    }

    private static INDArray block(INDArray gates, int index, long hidden) {
        return gates.get(all(), interval(index * hidden, (index + 1) * hidden));
    }
}
