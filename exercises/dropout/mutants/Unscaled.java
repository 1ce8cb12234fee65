// expect: WRONG_ANSWER  — drops units but forgets the 1/(1-p) scaling
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray dropout(INDArray x, double p, INDArray mask, boolean training) {
        if (!training || p == 0.0) return x.dup();
        return x.mul(mask);
    }
}
