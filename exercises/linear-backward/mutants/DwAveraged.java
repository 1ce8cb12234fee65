// expect: WRONG_ANSWER  — divides dW by N as if the layer owned the loss's mean; dout already carries it
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray[] linearBackward(INDArray x, INDArray W, INDArray b, INDArray dout) {
        long n = x.size(0);
        return new INDArray[]{dout.mmul(W.transpose()), x.transpose().mmul(dout).div(n), dout.sum(0)};
    }
}
