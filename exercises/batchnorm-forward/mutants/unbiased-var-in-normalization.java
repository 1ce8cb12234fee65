// expect: WRONG_ANSWER  — normalizes with the unbiased (N-1) batch variance instead of the biased one
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] batchnormForward(INDArray x, INDArray gamma, INDArray beta, INDArray runningMean,
                                              INDArray runningVar, boolean training, double momentum, double eps) {
        INDArray mean = training ? x.mean(0) : runningMean;
        INDArray var = training ? x.var(true, 0) : runningVar;
        INDArray newMean = training ? runningMean.mul(1 - momentum).add(mean.mul(momentum)) : runningMean.dup();
        INDArray newVar = training ? runningVar.mul(1 - momentum).add(var.mul(momentum)) : runningVar.dup();
        INDArray y = x.subRowVector(mean).divRowVector(Transforms.sqrt(var.add(eps), false)).mulRowVector(gamma).addRowVector(beta);
        return new INDArray[] {y, newMean, newVar};
    }
}
