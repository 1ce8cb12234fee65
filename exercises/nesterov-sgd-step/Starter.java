import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    /**
     * One step of PyTorch SGD with nesterov=True (dampening 0). Returns {newParam, newVelocity};
     * do not modify the inputs.
     */
    public static INDArray[] nesterovStep(INDArray param, INDArray grad, INDArray velocity, double lr,
                                          double momentum, double weightDecay) {
        throw new UnsupportedOperationException("TODO: implement nesterovStep");
    }
}
