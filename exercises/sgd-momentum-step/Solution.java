import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray[] sgdMomentumStep(INDArray param, INDArray grad, INDArray velocity, double lr,
                                             double momentum, double weightDecay) {
        INDArray g = grad.add(param.mul(weightDecay));
        INDArray v = velocity.mul(momentum).addi(g);
        INDArray p = param.sub(v.mul(lr));
        return new INDArray[] {p, v};
    }
}
