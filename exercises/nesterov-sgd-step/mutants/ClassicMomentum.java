// expect: WRONG_ANSWER  — steps along the velocity (classic momentum) instead of g + momentum * v
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray[] nesterovStep(INDArray param, INDArray grad, INDArray velocity, double lr,
                                          double momentum, double weightDecay) {
        INDArray v = velocity.mul(momentum).addi(grad).addi(param.mul(weightDecay));
        return new INDArray[] {param.sub(v.mul(lr)), v};
    }
}
