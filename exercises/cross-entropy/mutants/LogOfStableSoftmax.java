// expect: WRONG_ANSWER  — stable softmax, but the log of a probability that underflowed to 0 is -inf, so the loss is inf
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static double crossEntropy(INDArray logits, INDArray targets) {
        INDArray e = Transforms.exp(logits.sub(logits.max(true, 1)), false);
        INDArray p = e.div(e.sum(true, 1));
        double total = 0.0;
        for (long i = 0; i < logits.size(0); i++) total += Math.log(p.getDouble(i, targets.getLong(i)));
        return -total / logits.size(0);
    }
}
