import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * One GRU step. x [N,D], h [N,H], W_ih [D,3H], W_hh [H,3H], b_ih, b_hh [3H]; gate blocks r, z, n.
     * r = sig(xW_ir+b_ir+hW_hr+b_hr), z = sig(xW_iz+b_iz+hW_hz+b_hz), n = tanh(xW_in+b_in + r*(hW_hn+b_hn)),
     * returns h_next = (1-z)*n + z*h, DOUBLE [N,H].
     */
    public static INDArray gruCell(INDArray x, INDArray h, INDArray W_ih, INDArray W_hh, INDArray b_ih,
            INDArray b_hh) {
        throw new UnsupportedOperationException("not implemented");
    }
}
