// expect: WRONG_ANSWER  — ignores training: still drops and rescales at evaluation time
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray dropout(INDArray x, double p, INDArray mask, boolean training) {
        if (p == 0.0) return x.dup();
        return x.mul(mask).div(1.0 - p);
    }
}
