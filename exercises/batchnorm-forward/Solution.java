import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] batchnormForward(INDArray x, INDArray gamma, INDArray beta, INDArray runningMean,
                                              INDArray runningVar, boolean training, double momentum, double eps) {
        INDArray mean;
        INDArray var;
        INDArray newMean;
        INDArray newVar;
        if (training) {
            long n = x.size(0);
            mean = x.mean(0);
            var = x.var(false, 0);                                   // biased, for normalizing
            INDArray unbiased = var.mul((double) n / (n - 1));       // running var keeps the unbiased one
            newMean = runningMean.mul(1 - momentum).add(mean.mul(momentum));
            newVar = runningVar.mul(1 - momentum).add(unbiased.mul(momentum));
        } else {
            mean = runningMean;
            var = runningVar;
            newMean = runningMean.dup();
            newVar = runningVar.dup();
        }
        INDArray invStd = Transforms.pow(var.add(eps), -0.5, false);
        INDArray y = x.subRowVector(mean).mulRowVector(invStd.mul(gamma)).addRowVector(beta);
        return new INDArray[] {y, newMean, newVar};
    }
}
