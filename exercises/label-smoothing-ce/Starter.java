import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * Mean cross-entropy with label smoothing: q = (1-eps)*onehot + eps/C. logits [N,C], targets int64 [N].
     */
    public static double labelSmoothingCe(INDArray logits, INDArray targets, double eps) {
        throw new UnsupportedOperationException("not implemented");
    }
}
