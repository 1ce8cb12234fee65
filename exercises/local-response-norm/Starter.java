import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * AlexNet LRN over the channel axis of x [N, C, H, W]:
     * a_c / (k + alpha * sum_{j = max(0, c - size/2)}^{min(C-1, c + size/2)} a_j^2)^beta  (alpha not divided by size).
     */
    public static INDArray lrn(INDArray x, int size, double alpha, double beta, double k) {
        throw new UnsupportedOperationException("TODO: implement lrn");
    }
}
