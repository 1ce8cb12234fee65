import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    /**
     * Fans and initialisation scales of w (only its shape matters): linear [D_in, D_out] or conv [F, C, k1, ...].
     * Returns DOUBLE [6]: fan_in, fan_out, xavier uniform bound, xavier normal std (gain 5/3 if use_tanh else 1),
     * kaiming uniform bound (fan_in), kaiming normal std (fan_out), gain sqrt(2 / (1 + negative_slope^2)).
     */
    public static INDArray initScales(INDArray w, double negative_slope, boolean use_tanh) {
        throw new UnsupportedOperationException("not implemented");
    }
}
