import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray rmsnorm(INDArray x, INDArray gamma, double eps) {
        INDArray xd = x.castTo(DataType.DOUBLE);
        int last = xd.rank() - 1;
        // keepdims so the [..., 1] root mean square broadcasts over the features
        INDArray rms = Transforms.sqrt(xd.mul(xd).mean(true, last).addi(eps), false);
        return xd.div(rms).muli(gamma);
    }
}
