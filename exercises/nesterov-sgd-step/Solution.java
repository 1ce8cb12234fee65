import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray[] nesterovStep(INDArray param, INDArray grad, INDArray velocity, double lr,
                                          double momentum, double weightDecay) {
        INDArray g = grad.add(param.mul(weightDecay));
        INDArray v = velocity.mul(momentum).addi(g);
        INDArray update = g.add(v.mul(momentum));
        return new INDArray[] {param.sub(update.muli(lr)), v};
    }
}
