import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static double distillationLoss(INDArray studentLogits, INDArray teacherLogits, double temperature) {
        INDArray logTeacher = logSoftmaxRows(teacherLogits.castTo(DataType.DOUBLE).div(temperature));
        INDArray logStudent = logSoftmaxRows(studentLogits.castTo(DataType.DOUBLE).div(temperature));
        INDArray pTeacher = Transforms.exp(logTeacher, true);
        double kl = pTeacher.mul(logTeacher.sub(logStudent)).sumNumber().doubleValue() / studentLogits.size(0);
        return temperature * temperature * kl;
    }

    private static INDArray logSoftmaxRows(INDArray z) {
        INDArray shifted = z.sub(z.max(true, 1));
        INDArray logSum = Transforms.log(Transforms.exp(shifted, true).sum(true, 1), false);
        return shifted.sub(logSum);
    }
}
