// expect: WRONG_ANSWER  — the modern inverted form instead of the paper's test-time scaling
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray alexnetDropout(INDArray x, double p, INDArray mask, boolean training) {
        if (training) {
            return x.mul(mask).divi(1.0 - p);
        }
        return x.dup();
    }
}
