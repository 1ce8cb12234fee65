import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    /**
     * Train a linear softmax classifier logits = x·W + b for T steps.
     * W [D, C], b [C], xs [T, N, D] float64, ys [T, N] int64.
     * Step t: mean cross-entropy, gradients of (W, b), clip their global L2 norm to maxNorm
     * (scale by maxNorm / (norm + 1e-6) only if norm > maxNorm), SGD with lr_t = lr * gamma^t.
     * Returns {W_final [D, C], b_final [C], losses [T]}; losses[t] is the loss before step t's update.
     */
    public static INDArray[] trainLoop(INDArray W, INDArray b, INDArray xs, INDArray ys,
                                       double lr, double maxNorm, double gamma) {
        throw new UnsupportedOperationException("not implemented");
    }
}
