import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    public static INDArray dropout(INDArray x, double p, INDArray mask, boolean training) {
        INDArray xd = x.castTo(DataType.DOUBLE);
        if (!training || p == 0.0) {
            return xd.dup();
        }
        // scale the kept units by 1/(1-p) so that E[output] = x and evaluation needs no rescaling
        return xd.mul(mask.castTo(DataType.DOUBLE)).div(1.0 - p);
    }
}
