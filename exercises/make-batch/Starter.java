import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    /**
     * Select the mini-batch given by idx.
     * x [N, ...] float64, y [N] int64 labels, idx [B] int64 row indices in batch order (may repeat).
     * Returns {x_batch [B, ...], y_batch [B]}.
     */
    public static INDArray[] makeBatch(INDArray x, INDArray y, INDArray idx) {
        throw new UnsupportedOperationException("not implemented");
    }
}
