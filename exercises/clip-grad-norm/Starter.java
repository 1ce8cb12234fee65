import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    /**
     * Global-norm gradient clipping. Returns {List<INDArray> clipped, Double normBeforeClipping};
     * scale by maxNorm / (norm + 1e-6) only if norm > maxNorm. The inputs must not be modified.
     */
    public static Object[] clipGradNorm(List<INDArray> grads, double maxNorm) {
        throw new UnsupportedOperationException("not implemented");
    }
}
