import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static double topkError(INDArray logits, INDArray targets, int k) {
        INDArray l = logits.castTo(DataType.DOUBLE);
        long n = l.size(0);
        int misses = 0;
        for (long i = 0; i < n; i++) {
            INDArray row = l.getRow(i);
            double t = row.getDouble(targets.getLong(i));
            // rank of the target = number of classes with a strictly larger logit
            long higher = row.gt(t).castTo(DataType.DOUBLE).sumNumber().longValue();
            if (higher >= k) {
                misses++;
            }
        }
        return (double) misses / n;
    }
}
