// expect: WRONG_ANSWER  — averages dout over the batch for db instead of summing
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray[] linearBackward(INDArray x, INDArray W, INDArray b, INDArray dout) {
        return new INDArray[]{dout.mmul(W.transpose()), x.transpose().mmul(dout), dout.mean(0)};
    }
}
