import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static double huberLoss(INDArray pred, INDArray target, double delta) {
        INDArray a = Transforms.abs(pred.sub(target), false);
        INDArray quadratic = a.mul(a).muli(0.5);
        INDArray linear = a.sub(0.5 * delta).muli(delta);
        INDArray inside = a.lte(delta).castTo(DataType.DOUBLE);          // 1 where |d| <= delta
        INDArray loss = quadratic.mul(inside).addi(linear.mul(inside.rsub(1.0)));
        return loss.meanNumber().doubleValue();
    }
}
