// expect: WRONG_ANSWER  — uses the raw target logit as the log-probability (forgets the logsumexp term)
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static double crossEntropy(INDArray logits, INDArray targets) {
        double total = 0.0;
        for (long i = 0; i < logits.size(0); i++) total += logits.getDouble(i, targets.getLong(i));
        return -total / logits.size(0);
    }
}
