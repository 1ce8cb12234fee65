import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * One AdamW step: decoupled decay param -= lr*wd*param, then the bias-corrected Adam update (t starts at 1).
     * Returns {newParam, newM, newV}; the inputs must not be modified.
     */
    public static INDArray[] adamwStep(INDArray param, INDArray grad, INDArray m, INDArray v, int t, double lr,
                                       double beta1, double beta2, double eps, double weightDecay) {
        throw new UnsupportedOperationException("not implemented");
    }
}
