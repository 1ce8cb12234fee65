import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    /**
     * Inverted dropout: x * mask / (1 - p) when training and p > 0, otherwise x.
     * mask has x's shape, 1.0 = keep, 0.0 = drop. Do not modify x or mask.
     */
    public static INDArray dropout(INDArray x, double p, INDArray mask, boolean training) {
        throw new UnsupportedOperationException("TODO: implement dropout");
    }
}
