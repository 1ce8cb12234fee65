// expect: WRONG_ANSWER  — forgets to divide the scores by sqrt(d)
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] attention(INDArray q, INDArray k, INDArray v, INDArray mask) {
        int batch = (int) q.size(0);
        long tq = q.size(1);
        long tk = k.size(1);
        double scale = 1.0 / Math.sqrt(q.size(2));
        INDArray[] outs = new INDArray[batch];
        INDArray[] weights = new INDArray[batch];
        for (int b = 0; b < batch; b++) {
            INDArray qb = q.slice(b).reshape(tq, q.size(2));
            INDArray kb = k.slice(b).reshape(tk, k.size(2));
            INDArray vb = v.slice(b).reshape(tk, v.size(2));
            INDArray scores = qb.mmul(kb.transpose());
            if (mask != null) {
                // blocked positions get a huge negative score, so exp() makes them exactly 0
                // (same result as -inf, without inf * 0 = nan when building the additive mask)
                INDArray blocked = mask.slice(b).reshape(tq, tk).castTo(DataType.DOUBLE).rsub(1.0);
                scores.addi(blocked.muli(-1e300));
            }
            INDArray e = Transforms.exp(scores.subColumnVector(scores.max(1).reshape(tq, 1)), false);
            INDArray w = e.divColumnVector(e.sum(1).reshape(tq, 1));
            weights[b] = w;
            outs[b] = w.mmul(vb);
        }
        return new INDArray[] {Nd4j.stack(0, outs), Nd4j.stack(0, weights)};
    }
}
