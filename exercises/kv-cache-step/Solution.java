import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    public static INDArray[] kvCacheStep(INDArray x, INDArray k_cache, INDArray v_cache, INDArray W_q, INDArray W_k,
            INDArray W_v, INDArray W_o, int num_heads) {
        int batch = (int) x.size(0);
        int d = (int) x.size(1);
        int dh = d / num_heads;
        int past = (int) k_cache.size(2);
        INDArray q = x.mmul(W_q);
        INDArray k = x.mmul(W_k);
        INDArray v = x.mmul(W_v);
        INDArray kNew = Nd4j.zeros(DataType.DOUBLE, batch, num_heads, past + 1, dh);
        INDArray vNew = Nd4j.zeros(DataType.DOUBLE, batch, num_heads, past + 1, dh);
        INDArray heads = Nd4j.zeros(DataType.DOUBLE, batch, d);
        for (int b = 0; b < batch; b++) {
            for (int h = 0; h < num_heads; h++) {
                for (int s = 0; s <= past; s++) {
                    for (int i = 0; i < dh; i++) {
                        // position `past` is the new token; the others are copied from the cache
                        double key = s < past ? k_cache.getDouble(b, h, s, i) : k.getDouble(b, h * dh + i);
                        double val = s < past ? v_cache.getDouble(b, h, s, i) : v.getDouble(b, h * dh + i);
                        kNew.putScalar(new long[] {b, h, s, i}, key);
                        vNew.putScalar(new long[] {b, h, s, i}, val);
                    }
                }
                double[] scores = new double[past + 1];
                double max = Double.NEGATIVE_INFINITY;
                for (int s = 0; s <= past; s++) {
                    double dot = 0.0;
                    for (int i = 0; i < dh; i++) {
                        dot += q.getDouble(b, h * dh + i) * kNew.getDouble(b, h, s, i);
                    }
                    scores[s] = dot / Math.sqrt(dh);
                    max = Math.max(max, scores[s]);
                }
                double sum = 0.0;
                for (int s = 0; s <= past; s++) {
                    scores[s] = Math.exp(scores[s] - max);
                    sum += scores[s];
                }
                for (int i = 0; i < dh; i++) {
                    double acc = 0.0;
                    for (int s = 0; s <= past; s++) {
                        acc += scores[s] / sum * vNew.getDouble(b, h, s, i);
                    }
                    heads.putScalar(b, h * dh + i, acc);
                }
            }
        }
        return new INDArray[] {heads.mmul(W_o), kNew, vNew};
    }
}
