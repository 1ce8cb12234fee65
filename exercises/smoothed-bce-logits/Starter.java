import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * Mean BCE-with-logits against the smoothed targets t * (1 - eps) + eps / 2; finite for logits of any size.
     * Do not modify the inputs.
     */
    public static double smoothedBceWithLogits(INDArray logits, INDArray targets, double eps) {
        throw new UnsupportedOperationException("TODO: implement smoothedBceWithLogits");
    }
}
