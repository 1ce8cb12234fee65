package io.tensorjudge.reference;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Multi-head self-attention with weights [D, D] applied as x @ W; head j owns feature columns j*dh .. (j+1)*dh - 1.
 * Heads are folded into the batch axis ([B*h, T, dh]) so the batched matmul of {@link Attention} does the work.
 */
public final class MultiHeadAttention {

    /** Stands in for -inf above the diagonal, as in {@link Attention}: exp() of it is exactly 0 in float64. */
    private static final double MASKED = -1.0e300;

    private MultiHeadAttention() {
    }

    /** Causal self-attention: returns (concat(heads) @ W_o [B, T, D], weights [B, h, T, T]). */
    public static INDArray[] causal(INDArray x, INDArray wq, INDArray wk, INDArray wv, INDArray wo, int heads) {
        long b = x.size(0);
        long t = x.size(1);
        long d = x.size(2);
        INDArray flat = x.reshape(b * t, d);
        INDArray q = split(flat.mmul(wq), b, t, heads);
        INDArray k = split(flat.mmul(wk), b, t, heads);
        INDArray v = split(flat.mmul(wv), b, t, heads);
        INDArray scores = Nd4j.matmul(q, k, false, true, false).muli(1.0 / Math.sqrt((double) d / heads));
        INDArray masked = scores.reshape(b * heads, t * t).addRowVector(futureMask(t).reshape(1, t * t));
        INDArray weights = Activations.softmax(masked.reshape(b * heads, t, t), -1);
        INDArray out = merge(Nd4j.matmul(weights, v), b, t, heads).mmul(wo).reshape(b, t, d);
        return new INDArray[] {out, weights.reshape(b, heads, t, t)};
    }

    /**
     * One decoding step with a cache of past keys and values [B, h, T, dh]: the new token's key and value are
     * appended (position T) before it attends, so it sees the T past positions and itself; no mask is needed.
     * Returns (out [B, D], keys [B, h, T+1, dh], values [B, h, T+1, dh]).
     */
    public static INDArray[] cacheStep(INDArray x, INDArray kCache, INDArray vCache, INDArray wq, INDArray wk,
            INDArray wv, INDArray wo, int heads) {
        long b = x.size(0);
        long d = x.size(1);
        long dh = d / heads;
        long past = kCache.size(2);
        INDArray keys = Nd4j.concat(2, kCache, x.mmul(wk).reshape(b, heads, 1, dh));
        INDArray values = Nd4j.concat(2, vCache, x.mmul(wv).reshape(b, heads, 1, dh));
        INDArray q = x.mmul(wq).reshape(b * heads, 1, dh);
        INDArray scores = Nd4j.matmul(q, keys.reshape(b * heads, past + 1, dh), false, true, false)
                .muli(1.0 / Math.sqrt(dh));
        INDArray weights = Activations.softmax(scores, -1);
        INDArray out = Nd4j.matmul(weights, values.reshape(b * heads, past + 1, dh)).reshape(b, d).mmul(wo);
        return new INDArray[] {out, keys, values};
    }

    /** [B*T, D] -> [B*h, T, dh]. */
    private static INDArray split(INDArray z, long b, long t, int heads) {
        long dh = z.size(1) / heads;
        return z.reshape(b, t, heads, dh).permute(0, 2, 1, 3).dup('c').reshape(b * heads, t, dh);
    }

    /** [B*h, T, dh] -> [B*T, D], head 0 in the first columns. */
    private static INDArray merge(INDArray o, long b, long t, int heads) {
        long dh = o.size(2);
        return o.reshape(b, heads, t, dh).permute(0, 2, 1, 3).dup('c').reshape(b * t, heads * dh);
    }

    /** [T, T]: 0 where key s <= query t, MASKED where s > t. */
    private static INDArray futureMask(long t) {
        double[][] m = new double[(int) t][(int) t];
        for (int i = 0; i < t; i++) {
            for (int j = i + 1; j < t; j++) {
                m[i][j] = MASKED;
            }
        }
        return Nd4j.createFromArray(m).castTo(DataType.DOUBLE);
    }
}
