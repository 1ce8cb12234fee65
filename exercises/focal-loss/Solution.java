import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static double focalLoss(INDArray logits, INDArray targets, double gamma) {
        int n = (int) logits.size(0);
        INDArray shifted = logits.subColumnVector(logits.max(1).reshape(n, 1));
        INDArray logSum = Transforms.log(Transforms.exp(shifted, true).sum(1), false).reshape(n, 1);
        INDArray logProbs = shifted.subColumnVector(logSum);
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            double logPt = logProbs.getDouble(i, targets.getInt(i));
            double pt = Math.exp(logPt);
            total += -Math.pow(1.0 - pt, gamma) * logPt;
        }
        return total / n;
    }
}
