import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * T^2 * mean over the batch of KL(softmax(teacher/T) || softmax(student/T)); logits [N, C] up to ±1e3.
     * Do not modify the inputs.
     */
    public static double distillationLoss(INDArray studentLogits, INDArray teacherLogits, double temperature) {
        throw new UnsupportedOperationException("TODO: implement distillationLoss");
    }
}
