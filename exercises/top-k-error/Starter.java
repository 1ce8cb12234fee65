import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    /**
     * Fraction of rows whose target class is NOT among the k largest logits.
     * logits [N, C] float64 (no ties within a row), targets [N] int64, 1 <= k <= C. Returns a value in [0, 1].
     */
    public static double topkError(INDArray logits, INDArray targets, int k) {
        throw new UnsupportedOperationException("not implemented");
    }
}
