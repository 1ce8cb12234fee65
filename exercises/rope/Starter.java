import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * Rotary position embedding ("rotate half" layout). x [..., T, d], d even; positions LONG [T].
     * theta_i = base^(-2i/d); the pair (i, i + d/2) of row t is rotated by positions[t] * theta_i.
     * Returns a new DOUBLE array of the shape of x.
     */
    public static INDArray rope(INDArray x, INDArray positions, double base) {
        throw new UnsupportedOperationException("not implemented");
    }
}
