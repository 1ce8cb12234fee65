import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray gelu(INDArray x) {
        INDArray xd = x.castTo(DataType.DOUBLE);
        INDArray cube = xd.mul(xd).mul(xd);
        INDArray inner = xd.add(cube.mul(0.044715)).mul(Math.sqrt(2.0 / Math.PI));
        return xd.mul(0.5).mul(Transforms.tanh(inner, false).add(1.0));
    }
}
