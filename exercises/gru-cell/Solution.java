import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray gruCell(INDArray x, INDArray h, INDArray W_ih, INDArray W_hh, INDArray b_ih,
            INDArray b_hh) {
        int n = (int) x.size(0);
        int d = (int) x.size(1);
        int hidden = (int) h.size(1);
        INDArray out = h.dup();
        for (int s = 0; s < n; s++) {
            for (int j = 0; j < hidden; j++) {
                double[] in = new double[3];
                double[] rec = new double[3];
                for (int g = 0; g < 3; g++) {
                    int col = g * hidden + j;
                    in[g] = b_ih.getDouble(col);
                    rec[g] = b_hh.getDouble(col);
                    for (int k = 0; k < d; k++) {
                        in[g] += x.getDouble(s, k) * W_ih.getDouble(k, col);
                    }
                    for (int k = 0; k < hidden; k++) {
                        rec[g] += h.getDouble(s, k) * W_hh.getDouble(k, col);
                    }
                }
                double r = sigmoid(in[0] + rec[0]);
                double z = sigmoid(in[1] + rec[1]);
                // the reset gate scales the recurrent pre-activation of n, its bias included
                double cand = Math.tanh(in[2] + r * rec[2]);
                out.putScalar(s, j, (1.0 - z) * cand + z * h.getDouble(s, j));
            }
        }
        return out;
    }

    private static double sigmoid(double v) {
        double e = Math.exp(-Math.abs(v));
        return v >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }
}
