// expect: WRONG_ANSWER  — ignores `training`: evaluation also normalizes with the batch statistics
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] batchnormForward(INDArray x, INDArray gamma, INDArray beta, INDArray runningMean,
                                              INDArray runningVar, boolean training, double momentum, double eps) {
        long n = x.size(0);
        INDArray mean = x.mean(0);
        INDArray var = x.var(false, 0);
        INDArray newMean = runningMean.mul(1 - momentum).add(mean.mul(momentum));
        INDArray newVar = runningVar.mul(1 - momentum).add(var.mul(momentum * n / (n - 1)));
        INDArray y = x.subRowVector(mean).divRowVector(Transforms.sqrt(var.add(eps), false)).mulRowVector(gamma).addRowVector(beta);
        return new INDArray[] {y, newMean, newVar};
    }
}
