import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray alexnetDropout(INDArray x, double p, INDArray mask, boolean training) {
        INDArray xd = x.castTo(DataType.DOUBLE);
        if (training) {
            return xd.mul(mask);
        }
        return xd.mul(1.0 - p);
    }
}
