package io.tensorjudge.reference;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Scaled dot-product attention over batched [B, T, d] inputs. */
public final class Attention {

    /**
     * Stands in for -inf: exp(MASKED - rowmax) is exactly 0 in float64, and unlike -inf it never meets 0 * inf.
     * Every row has at least one allowed position, so the row maximum stays finite.
     */
    private static final double MASKED = -1.0e300;

    private Attention() {
    }

    /** Returns (weights @ v, weights); mask (BOOL, True = may attend) is optional. */
    public static INDArray[] attention(INDArray q, INDArray k, INDArray v, INDArray mask) {
        double scale = 1.0 / Math.sqrt(q.size(q.rank() - 1));
        INDArray scores = Nd4j.matmul(q, k, false, true, false).muli(scale);
        if (mask != null) {
            INDArray allowed = mask.castTo(DataType.DOUBLE);
            scores.muli(allowed).addi(allowed.rsub(1.0).muli(MASKED));
        }
        INDArray weights = Activations.softmax(scores, -1);
        INDArray out = Nd4j.matmul(weights, v);
        return new INDArray[] {out, weights};
    }
}
