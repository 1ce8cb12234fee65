import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

public class Solution {
    public static INDArray[] multiheadAttention(INDArray x, INDArray W_q, INDArray W_k, INDArray W_v, INDArray W_o,
            int num_heads) {
        int batch = (int) x.size(0);
        int t = (int) x.size(1);
        int d = (int) x.size(2);
        int dh = d / num_heads;
        INDArray out = Nd4j.zeros(DataType.DOUBLE, batch, t, d);
        INDArray weights = Nd4j.zeros(DataType.DOUBLE, batch, num_heads, t, t);
        for (int b = 0; b < batch; b++) {
            INDArray xb = x.slice(b).reshape(t, d);
            INDArray q = xb.mmul(W_q);
            INDArray k = xb.mmul(W_k);
            INDArray v = xb.mmul(W_v);
            INDArray concat = Nd4j.zeros(DataType.DOUBLE, t, d);
            for (int h = 0; h < num_heads; h++) {
                INDArray qh = q.get(NDArrayIndex.all(), NDArrayIndex.interval(h * dh, (h + 1) * dh)).dup();
                INDArray kh = k.get(NDArrayIndex.all(), NDArrayIndex.interval(h * dh, (h + 1) * dh)).dup();
                INDArray vh = v.get(NDArrayIndex.all(), NDArrayIndex.interval(h * dh, (h + 1) * dh)).dup();
                INDArray s = qh.mmul(kh.transpose()).divi(Math.sqrt(dh));
                INDArray w = Nd4j.zeros(DataType.DOUBLE, t, t);
                for (int i = 0; i < t; i++) {
                    // query i sees keys 0..i: a softmax over that prefix only, the rest stays exactly 0
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j <= i; j++) {
                        max = Math.max(max, s.getDouble(i, j));
                    }
                    double sum = 0.0;
                    for (int j = 0; j <= i; j++) {
                        double e = Math.exp(s.getDouble(i, j) - max);
                        w.putScalar(i, j, e);
                        sum += e;
                    }
                    for (int j = 0; j <= i; j++) {
                        w.putScalar(i, j, w.getDouble(i, j) / sum);
                    }
                }
                weights.get(NDArrayIndex.point(b), NDArrayIndex.point(h), NDArrayIndex.all(), NDArrayIndex.all())
                        .assign(w);
                concat.get(NDArrayIndex.all(), NDArrayIndex.interval(h * dh, (h + 1) * dh)).assign(w.mmul(vh));
            }
            out.get(NDArrayIndex.point(b), NDArrayIndex.all(), NDArrayIndex.all()).assign(concat.mmul(W_o));
        }
        return new INDArray[] {out, weights};
    }
}
