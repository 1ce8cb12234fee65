import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * Gradients of y = relu(x + relu(x W1 + b1) W2 + b2) given dout = dL/dy [N, D].
     * Returns {dx [N, D], dW1 [D, H], db1 [H], dW2 [H, D], db2 [D]}.
     */
    public static INDArray[] residualBlockBackward(INDArray x, INDArray W1, INDArray b1, INDArray W2, INDArray b2,
                                                   INDArray dout) {
        throw new UnsupportedOperationException("TODO: implement residualBlockBackward");
    }
}
