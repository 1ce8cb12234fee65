import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static double perplexity(INDArray logits, INDArray targets, INDArray mask) {
        long batch = logits.size(0);
        long steps = logits.size(1);
        long vocab = logits.size(2);
        INDArray real = mask.castTo(DataType.DOUBLE);
        double total = 0.0;
        double count = 0.0;
        for (long b = 0; b < batch; b++) {
            for (long t = 0; t < steps; t++) {
                if (real.getDouble(b, t) == 0.0) {
                    continue;
                }
                // log-sum-exp shifted by the row maximum, so logits in the hundreds do not overflow
                double max = Double.NEGATIVE_INFINITY;
                for (long v = 0; v < vocab; v++) {
                    max = Math.max(max, logits.getDouble(b, t, v));
                }
                double sum = 0.0;
                for (long v = 0; v < vocab; v++) {
                    sum += Math.exp(logits.getDouble(b, t, v) - max);
                }
                long target = targets.getLong(b, t);
                total += max + Math.log(sum) - logits.getDouble(b, t, target);
                count += 1.0;
            }
        }
        return Math.exp(total / count);
    }
}
