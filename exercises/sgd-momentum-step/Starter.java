import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    /**
     * SGD with momentum (PyTorch convention): g = grad + wd*param; v = momentum*v + g; param = param - lr*v.
     * Returns {newParam, newVelocity}; the inputs must not be modified.
     */
    public static INDArray[] sgdMomentumStep(INDArray param, INDArray grad, INDArray velocity, double lr,
                                             double momentum, double weightDecay) {
        throw new UnsupportedOperationException("not implemented");
    }
}
