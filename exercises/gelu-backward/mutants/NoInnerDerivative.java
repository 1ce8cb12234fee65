// expect: WRONG_ANSWER  — stops the chain rule at tanh: du/dx is missing
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray geluBackward(INDArray x, INDArray dout) {
        double c = Math.sqrt(2.0 / Math.PI);
        INDArray th = Transforms.tanh(Transforms.pow(x, 3, true).muli(0.044715).addi(x).muli(c), false);
        INDArray grad = th.add(1.0).muli(0.5).addi(x.mul(0.5).muli(th.mul(th).rsubi(1.0)));
        return grad.muli(dout);
    }
}
