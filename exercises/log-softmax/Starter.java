import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /** log(softmax(x)) along axis, computed stably; same shape as x. Do not modify x. */
    public static INDArray logSoftmax(INDArray x, int axis) {
        throw new UnsupportedOperationException("TODO: implement logSoftmax");
    }
}
