import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static double crossEntropy(INDArray logits, INDArray targets) {
        INDArray z = logits.castTo(DataType.DOUBLE);
        INDArray shifted = z.sub(z.max(true, 1));
        INDArray logProbs = shifted.sub(Transforms.log(Transforms.exp(shifted, true).sum(true, 1), false));
        long n = z.size(0);
        double total = 0.0;
        for (long i = 0; i < n; i++) {
            total += logProbs.getDouble(i, targets.getLong(i));
        }
        return -total / n;
    }
}
