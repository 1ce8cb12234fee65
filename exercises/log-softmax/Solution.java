import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray logSoftmax(INDArray x, int axis) {
        int ax = axis < 0 ? axis + x.rank() : axis;
        INDArray xd = x.castTo(DataType.DOUBLE);
        INDArray shifted = xd.sub(xd.max(true, ax));
        // the shifted slice contains a 0, so the sum of exps is >= 1 and its log is finite
        INDArray lse = Transforms.log(Transforms.exp(shifted, true).sum(true, ax), false);
        return shifted.sub(lse);
    }
}
