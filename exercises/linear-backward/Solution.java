import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray[] linearBackward(INDArray x, INDArray W, INDArray b, INDArray dout) {
        INDArray g = dout.castTo(DataType.DOUBLE);
        INDArray dx = g.mmul(W.castTo(DataType.DOUBLE).transpose());
        INDArray dW = x.castTo(DataType.DOUBLE).transpose().mmul(g);
        INDArray db = g.sum(0);
        return new INDArray[]{dx, dW, db};
    }
}
