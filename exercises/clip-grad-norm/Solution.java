import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static Object[] clipGradNorm(List<INDArray> grads, double maxNorm) {
        double sumSquares = 0.0;
        for (INDArray g : grads) {
            sumSquares += g.mul(g).sumNumber().doubleValue();
        }
        double norm = Math.sqrt(sumSquares);
        double scale = norm > maxNorm ? maxNorm / (norm + 1e-6) : 1.0;
        List<INDArray> clipped = new ArrayList<>();
        for (INDArray g : grads) {
            clipped.add(g.mul(scale));
        }
        return new Object[] {clipped, norm};
    }
}
