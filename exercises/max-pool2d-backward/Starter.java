import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    /**
     * Gradient of maxPool2d(x, kernel, stride) (no padding, floor) with respect to x. x [N, C, H, W],
     * dout [N, C, OH, OW], OH = (H - kernel) / stride + 1. Each window's gradient goes to the first maximum of the
     * window in row-major order; overlapping windows add up. Returns dx [N, C, H, W].
     */
    public static INDArray maxPool2dBackward(INDArray x, INDArray dout, int kernel, int stride) {
        throw new UnsupportedOperationException("TODO: implement maxPool2dBackward");
    }
}
