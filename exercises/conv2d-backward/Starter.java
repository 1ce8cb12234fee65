import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

public class Solution {
    /**
     * Gradients of out = conv2d(x, w, b, stride, padding). x [N, C, H, W], w [F, C, KH, KW], b [F],
     * dout [N, F, OH, OW] with OH = (H + 2*padding - KH) / stride + 1 (integer division), same for OW.
     * Returns {dx [N, C, H, W], dw [F, C, KH, KW], db [F]}.
     */
    public static INDArray[] conv2dBackward(INDArray x, INDArray w, INDArray b, INDArray dout, int stride,
            int padding) {
        throw new UnsupportedOperationException("TODO: implement conv2dBackward");
    }
}
