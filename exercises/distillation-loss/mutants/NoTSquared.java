// expect: WRONG_ANSWER  — leaves out the T^2 factor
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static double distillationLoss(INDArray studentLogits, INDArray teacherLogits, double temperature) {
        INDArray lp = logSoftmaxRows(teacherLogits.div(temperature));
        INDArray lq = logSoftmaxRows(studentLogits.div(temperature));
        return Transforms.exp(lp, true).mul(lp.sub(lq)).sumNumber().doubleValue() / studentLogits.size(0);
    }

    private static INDArray logSoftmaxRows(INDArray z) {
        INDArray shifted = z.sub(z.max(true, 1));
        return shifted.sub(Transforms.log(Transforms.exp(shifted, true).sum(true, 1), false));
    }
}
