// expect: WRONG_ANSWER  — lets a later candidate displace an equal one (>= instead of >), so ties go to the larger parent rank and token
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    public static INDArray[] beamSearch(INDArray logProbs, int start, int beamWidth) {
        INDArray lp = logProbs.castTo(DataType.DOUBLE);
        int steps = (int) lp.size(0), vocab = (int) lp.size(2);
        List<long[]> seqs = new ArrayList<>();
        seqs.add(new long[0]);
        double[] scores = {0.0};
        long[] last = {start};
        for (int t = 0; t < steps; t++) {
            int h = seqs.size();
            int keep = Math.min(beamWidth, h * vocab);
            int[] pick = new int[keep];
            double[] pickScore = new double[keep];
            // selection by insertion: a candidate only moves ahead of a strictly worse one, and candidates are
            // visited in (parent rank, token) order, so ties keep that order
            int filled = 0;
            for (int r = 0; r < h; r++) {
                for (int b = 0; b < vocab; b++) {
                    double s = scores[r] + lp.getDouble(t, last[r], b);
                    if (filled == keep && !(s >= pickScore[keep - 1])) {
                        continue;
                    }
                    int pos = filled == keep ? keep - 1 : filled++;
                    while (pos > 0 && s >= pickScore[pos - 1]) {
                        pick[pos] = pick[pos - 1];
                        pickScore[pos] = pickScore[pos - 1];
                        pos--;
                    }
                    pick[pos] = r * vocab + b;
                    pickScore[pos] = s;
                }
            }
            List<long[]> next = new ArrayList<>();
            long[] nextLast = new long[keep];
            for (int i = 0; i < keep; i++) {
                long[] prefix = seqs.get(pick[i] / vocab);
                long[] seq = java.util.Arrays.copyOf(prefix, t + 1);
                seq[t] = pick[i] % vocab;
                next.add(seq);
                nextLast[i] = seq[t];
            }
            seqs = next;
            scores = pickScore;
            last = nextLast;
        }
        long[][] tokens = seqs.toArray(new long[0][]);
        return new INDArray[]{Nd4j.createFromArray(tokens), Nd4j.createFromArray(scores)};
    }
}
