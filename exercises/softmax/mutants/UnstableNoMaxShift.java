// expect: WRONG_ANSWER  — exponentiates the raw logits: exp(1e4) overflows to inf and inf/inf gives NaN
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray softmax(INDArray x, int axis) {
        int ax = axis < 0 ? axis + x.rank() : axis;
        INDArray e = Transforms.exp(x, true);
        return e.div(e.sum(true, ax));
    }
}
