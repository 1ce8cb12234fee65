import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * SwiGLU feed-forward layer. x [N,D]; W_gate, W_up [D,F]; W_down [F,D]; silu(z) = z * sigmoid(z).
     * Returns (silu(x @ W_gate) * (x @ W_up)) @ W_down, DOUBLE [N,D].
     */
    public static INDArray swigluFfn(INDArray x, INDArray W_gate, INDArray W_up, INDArray W_down) {
        throw new UnsupportedOperationException("not implemented");
    }
}
