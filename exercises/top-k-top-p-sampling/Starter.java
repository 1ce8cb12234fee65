import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    /**
     * Top-k then top-p (nucleus) sampling with given uniform draws. logits [N, V] DOUBLE, 1 <= k <= V,
     * 0 < p <= 1, u [N] DOUBLE in [0, 1). Returns [N] LONG token ids (see the statement for the exact rule).
     */
    public static INDArray sampleTopKTopP(INDArray logits, int k, double p, INDArray u) {
        throw new UnsupportedOperationException("TODO: implement sampleTopKTopP");
    }
}
