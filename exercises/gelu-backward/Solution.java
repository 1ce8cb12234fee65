import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    private static final double C = Math.sqrt(2.0 / Math.PI);
    private static final double A = 0.044715;

    public static INDArray geluBackward(INDArray x, INDArray dout) {
        INDArray xd = x.castTo(DataType.DOUBLE);
        INDArray x2 = xd.mul(xd);
        INDArray th = Transforms.tanh(x2.mul(A).addi(1.0).muli(xd).muli(C), false);  // tanh(C (x + A x^3))
        INDArray sech2 = th.mul(th).rsubi(1.0);
        INDArray inner = x2.mul(3.0 * A).addi(1.0).muli(C);                       // du/dx
        INDArray grad = th.add(1.0).muli(0.5).addi(xd.mul(0.5).muli(sech2).muli(inner));
        return grad.muli(dout);
    }
}
