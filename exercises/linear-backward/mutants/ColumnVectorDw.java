// expect: WRONG_ANSWER  — copies the seed's column-vector formula dW = dout·xᵀ, giving W's transpose [O, D]
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray[] linearBackward(INDArray x, INDArray W, INDArray b, INDArray dout) {
        return new INDArray[]{dout.mmul(W.transpose()), dout.transpose().mmul(x), dout.sum(0)};
    }
}
