// expect: WRONG_ANSWER  — subtracts the global maximum instead of the per-slice maximum: slices far below it become 0/0
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray softmax(INDArray x, int axis) {
        int ax = axis < 0 ? axis + x.rank() : axis;
        INDArray e = Transforms.exp(x.sub(x.maxNumber().doubleValue()), false);
        return e.div(e.sum(true, ax));
    }
}
