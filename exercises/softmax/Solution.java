import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray softmax(INDArray x, int axis) {
        int ax = axis < 0 ? axis + x.rank() : axis;
        INDArray xd = x.castTo(DataType.DOUBLE);
        // keepdims=true keeps the reduced axis as size 1 so the subtraction broadcasts
        INDArray max = xd.max(true, ax);
        INDArray e = Transforms.exp(xd.sub(max), false);
        return e.div(e.sum(true, ax));
    }
}
