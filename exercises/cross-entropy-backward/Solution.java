import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray crossEntropyBackward(INDArray logits, INDArray targets) {
        INDArray z = logits.castTo(DataType.DOUBLE);
        INDArray e = Transforms.exp(z.sub(z.max(true, 1)), false);
        INDArray probs = e.div(e.sum(true, 1));
        long n = z.size(0);
        INDArray oneHot = Nd4j.zeros(DataType.DOUBLE, z.shape());
        for (long i = 0; i < n; i++) {
            oneHot.putScalar(new long[]{i, targets.getLong(i)}, 1.0);
        }
        return probs.sub(oneHot).div(n);
    }
}
