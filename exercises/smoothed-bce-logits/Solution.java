import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static double smoothedBceWithLogits(INDArray logits, INDArray targets, double eps) {
        INDArray z = logits.castTo(DataType.DOUBLE);
        INDArray t = targets.castTo(DataType.DOUBLE).mul(1.0 - eps).addi(0.5 * eps);
        INDArray softplusOfMinusAbs = Transforms.log(Transforms.exp(Transforms.abs(z, true).negi(), false).addi(1.0), false);
        INDArray loss = Transforms.max(z, 0.0, true).subi(z.mul(t)).addi(softplusOfMinusAbs);
        return loss.meanNumber().doubleValue();
    }
}
