// expect: WRONG_ANSWER  — the seed's convention: 1-eps on the target and eps/(C-1) on the others, instead of eps/C on every class
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static double labelSmoothingCe(INDArray logits, INDArray targets, double eps) {
        int n = (int) logits.size(0);
        int c = (int) logits.size(1);
        INDArray shifted = logits.subColumnVector(logits.max(1).reshape(n, 1));
        INDArray logSum = Transforms.log(Transforms.exp(shifted, true).sum(1), false).reshape(n, 1);
        INDArray logProbs = shifted.subColumnVector(logSum);
        INDArray q = Nd4j.valueArrayOf(new long[] {n, c}, eps / (c - 1), DataType.DOUBLE);
        for (int i = 0; i < n; i++) {
            int t = targets.getInt(i);
            q.putScalar(i, t, 1.0 - eps);
        }
        return -q.mul(logProbs).sumNumber().doubleValue() / n;
    }
}
