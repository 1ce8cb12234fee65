import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    /**
     * Backward pass of layer norm over the LAST axis: y = gamma * (x - mean) / sqrt(var + eps) + beta,
     * mean and biased var per row. x [..., D] (e.g. [N, D] or [B, T, D]), gamma [D], dout like x.
     * Returns {dx like x, dgamma [D], dbeta [D]} (dgamma/dbeta summed over all leading axes).
     */
    public static INDArray[] layernormBackward(INDArray x, INDArray gamma, INDArray dout, double eps) {
        throw new UnsupportedOperationException("not implemented");
    }
}
