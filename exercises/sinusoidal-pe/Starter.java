import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * Sinusoidal positional encoding. positions LONG [T]; column c has omega_c = base^(-2*(c/2)/d_model) (integer c/2);
     * PE[t,c] = sin(positions[t]*omega_c) for even c, cos for odd c. Returns DOUBLE [T, d_model].
     */
    public static INDArray sinusoidalPe(INDArray positions, int d_model, double base) {
        throw new UnsupportedOperationException("not implemented");
    }
}
