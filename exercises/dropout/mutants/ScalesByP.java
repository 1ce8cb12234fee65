// expect: WRONG_ANSWER  — divides by p (the drop probability) instead of the keep probability 1-p
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray dropout(INDArray x, double p, INDArray mask, boolean training) {
        if (!training || p == 0.0) return x.dup();
        return x.mul(mask).div(p);
    }
}
