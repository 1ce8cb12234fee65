import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static double smoothL1Loss(INDArray pred, INDArray target, double beta) {
        INDArray a = Transforms.abs(pred.castTo(DataType.DOUBLE).sub(target), false);
        if (beta == 0.0) {
            return a.meanNumber().doubleValue();
        }
        INDArray inside = a.lt(beta).castTo(DataType.DOUBLE);            // 1 where |d| < beta
        INDArray quadratic = a.mul(a).muli(0.5 / beta);
        INDArray linear = a.sub(0.5 * beta);
        INDArray loss = quadratic.muli(inside).addi(linear.muli(inside.rsub(1.0)));
        return loss.meanNumber().doubleValue();
    }
}
