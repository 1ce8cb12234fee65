// expect: WRONG_ANSWER  — always normalises over the last axis, whatever axis says
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray softmax(INDArray x, int axis) {
        int ax = x.rank() - 1;
        INDArray e = Transforms.exp(x.sub(x.max(true, ax)), false);
        return e.div(e.sum(true, ax));
    }
}
