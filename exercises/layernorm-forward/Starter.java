import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /** Layer norm over the last axis of x [..., D]; gamma, beta [D]; returns an array shaped like x. */
    public static INDArray layernormForward(INDArray x, INDArray gamma, INDArray beta, double eps) {
        throw new UnsupportedOperationException("not implemented");
    }
}
