// expect: WRONG_ANSWER  — returns the running statistics unchanged in training mode
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] batchnormForward(INDArray x, INDArray gamma, INDArray beta, INDArray runningMean,
                                              INDArray runningVar, boolean training, double momentum, double eps) {
        INDArray mean = training ? x.mean(0) : runningMean;
        INDArray var = training ? x.var(false, 0) : runningVar;
        INDArray y = x.subRowVector(mean).divRowVector(Transforms.sqrt(var.add(eps), false)).mulRowVector(gamma).addRowVector(beta);
        return new INDArray[] {y, runningMean.dup(), runningVar.dup()};
    }
}
