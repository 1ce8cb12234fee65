// expect: WRONG_ANSWER  — returns the summed loss instead of the mean over the batch
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static double crossEntropy(INDArray logits, INDArray targets) {
        INDArray shifted = logits.sub(logits.max(true, 1));
        INDArray logProbs = shifted.sub(Transforms.log(Transforms.exp(shifted, true).sum(true, 1), false));
        double total = 0.0;
        for (long i = 0; i < logits.size(0); i++) total += logProbs.getDouble(i, targets.getLong(i));
        return -total;
    }
}
