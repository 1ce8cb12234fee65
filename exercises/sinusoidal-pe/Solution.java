import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    public static INDArray sinusoidalPe(INDArray positions, int d_model, double base) {
        int t = (int) positions.length();
        INDArray pe = Nd4j.zeros(DataType.DOUBLE, t, d_model);
        for (int c = 0; c < d_model; c += 2) {
            // the pair (c, c+1) shares one frequency; an odd width ends with a lone sine column
            double omega = 1.0 / Math.pow(base, (double) c / d_model);
            for (int r = 0; r < t; r++) {
                double angle = positions.getDouble(r) * omega;
                pe.putScalar(r, c, Math.sin(angle));
                if (c + 1 < d_model) {
                    pe.putScalar(r, c + 1, Math.cos(angle));
                }
            }
        }
        return pe;
    }
}
