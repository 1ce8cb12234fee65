import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    /**
     * Gradients of y = x.mmul(W) + b. x [N, D], W [D, O], b [O], dout [N, O].
     * Returns {dx [N, D], dW [D, O], db [O]}.
     */
    public static INDArray[] linearBackward(INDArray x, INDArray W, INDArray b, INDArray dout) {
        throw new UnsupportedOperationException("TODO: implement linearBackward");
    }
}
