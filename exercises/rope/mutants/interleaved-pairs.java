// expect: WRONG_ANSWER  — rotates the adjacent pairs (2i, 2i+1), the RoFormer paper's layout, instead of (i, i + d/2)
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray rope(INDArray x, INDArray positions, double base) {
        int d = (int) x.size(x.rank() - 1);
        int t = (int) x.size(x.rank() - 2);
        int half = d / 2;
        long rows = x.length() / ((long) t * d);
        double[] in = x.dup('c').data().asDouble();
        double[] out = new double[in.length];
        for (int p = 0; p < t; p++) {
            double position = positions.getDouble(p);
            for (int i = 0; i < half; i++) {
                double angle = position * Math.pow(base, -2.0 * i / d);
                double cos = Math.cos(angle);
                double sin = Math.sin(angle);
                for (long r = 0; r < rows; r++) {
                    int at = (int) ((r * t + p) * d);
                    double a = in[at + 2 * i];
                    double b = in[at + 2 * i + 1];
                    out[at + 2 * i] = a * cos - b * sin;
                    out[at + 2 * i + 1] = b * cos + a * sin;
                }
            }
        }
        return org.nd4j.linalg.factory.Nd4j.createFromArray(out).castTo(DataType.DOUBLE).reshape(x.shape());
    }
}
