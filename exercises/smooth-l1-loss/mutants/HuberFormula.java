// expect: WRONG_ANSWER  — PyTorch HuberLoss(delta=beta) instead of SmoothL1Loss(beta): equal only when beta is 1
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static double smoothL1Loss(INDArray pred, INDArray target, double beta) {
        INDArray a = Transforms.abs(pred.sub(target), false);
        INDArray inside = a.lte(beta).castTo(DataType.DOUBLE);
        INDArray loss = a.mul(a).muli(0.5).muli(inside).addi(a.sub(0.5 * beta).muli(beta).muli(inside.rsub(1.0)));
        return loss.meanNumber().doubleValue();
    }
}
