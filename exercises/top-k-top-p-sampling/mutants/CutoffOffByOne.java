// expect: WRONG_ANSWER  — stops before the token whose cumulative probability reaches p, so the nucleus misses its last token (one token is always kept)
import java.util.Arrays;
import java.util.Comparator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    public static INDArray sampleTopKTopP(INDArray logits, int k, double p, INDArray u) {
        int n = (int) logits.size(0), v = (int) logits.size(1);
        double[][] rows = logits.castTo(DataType.DOUBLE).toDoubleMatrix();
        double[] draws = u.castTo(DataType.DOUBLE).toDoubleVector();
        long[] out = new long[n];
        for (int r = 0; r < n; r++) {
            double[] row = rows[r];
            Integer[] order = new Integer[v];
            for (int i = 0; i < v; i++) {
                order[i] = i;
            }
            // Arrays.sort on objects is stable: equal logits stay in ascending id order
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -row[i]));
            double max = row[order[0]];
            double[] weight = new double[k];
            double total = 0;
            for (int j = 0; j < k; j++) {
                weight[j] = Math.exp(row[order[j]] - max);   // unnormalised softmax; only ratios matter
                total += weight[j];
            }
            int m = 0;
            double cumulative = 0;
            while (m < k) {
                double next = cumulative + weight[m] / total;
                if (next >= p && m > 0) {
                    break;
                }
                cumulative = next;
                m++;
            }
            double kept = 0;
            for (int j = 0; j < m; j++) {
                kept += weight[j];
            }
            int chosen = m - 1;
            double c = 0;
            for (int j = 0; j < m; j++) {
                c += weight[j] / kept;
                if (draws[r] < c) {
                    chosen = j;
                    break;
                }
            }
            out[r] = order[chosen];
        }
        return Nd4j.createFromArray(out);
    }
}
