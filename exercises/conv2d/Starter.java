import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

public class Solution {
    /**
     * 2-D cross-correlation with zero padding. x [N, C, H, W], w [F, C, KH, KW], b [F].
     * Returns [N, F, OH, OW], OH = (H + 2*padding - KH) / stride + 1 (integer division), same for OW.
     */
    public static INDArray conv2d(INDArray x, INDArray w, INDArray b, int stride, int padding) {
        throw new UnsupportedOperationException("TODO: implement conv2d");
    }
}
