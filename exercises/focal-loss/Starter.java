import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /** Mean of -(1 - p_t)^gamma * log(p_t), p_t the softmax probability of the target. logits [N,C], targets int64 [N]. */
    public static double focalLoss(INDArray logits, INDArray targets, double gamma) {
        throw new UnsupportedOperationException("not implemented");
    }
}
