import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    /**
     * Backward pass of training-mode batch norm y = gamma * (x - mean) / sqrt(var + eps) + beta,
     * mean and biased var over axis 0. x [N, D] (N >= 2), gamma [D], dout [N, D].
     * Returns {dx [N, D], dgamma [D], dbeta [D]}.
     */
    public static INDArray[] batchnormBackward(INDArray x, INDArray gamma, INDArray dout, double eps) {
        throw new UnsupportedOperationException("not implemented");
    }
}
