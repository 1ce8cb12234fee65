import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    /**
     * LSTM over a sequence with Zaremba dropout on the non-recurrent input only.
     * xs [T, N, D], h0/c0 [N, H], W [D+H, 4H], b [4H] (gates split i, f, g, o), 0 <= p < 1,
     * xMasks [T, N, D] 0/1 (1 = keep), one per step: x_t' = xs[t] * xMasks[t] / (1 - p); h and c are never dropped.
     * Returns {hs [T, N, H], c_T [N, H]}.
     */
    public static INDArray[] lstmForwardDropout(INDArray xs, INDArray h0, INDArray c0, INDArray W, INDArray b,
                                                double p, INDArray xMasks) {
        throw new UnsupportedOperationException("not implemented");
    }
}
