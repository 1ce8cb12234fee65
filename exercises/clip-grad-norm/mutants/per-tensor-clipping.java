// expect: WRONG_ANSWER  — clips each tensor by its own norm instead of one global norm over all tensors
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static Object[] clipGradNorm(List<INDArray> grads, double maxNorm) {
        double sumSquares = 0.0;
        List<INDArray> clipped = new ArrayList<>();
        for (INDArray g : grads) {
            double n = g.norm2Number().doubleValue();
            sumSquares += n * n;
            clipped.add(n > maxNorm ? g.mul(maxNorm / (n + 1e-6)) : g.dup());
        }
        return new Object[] {clipped, Math.sqrt(sumSquares)};
    }
}
