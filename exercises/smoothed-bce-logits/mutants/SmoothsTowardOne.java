// expect: WRONG_ANSWER  — smoothed target t*(1-eps) + eps instead of t*(1-eps) + eps/2
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static double smoothedBceWithLogits(INDArray logits, INDArray targets, double eps) {
        INDArray t = targets.mul(1.0 - eps).addi(eps);
        INDArray sp = Transforms.log(Transforms.exp(Transforms.abs(logits, true).negi(), false).addi(1.0), false);
        return Transforms.max(logits, 0.0, true).subi(logits.mul(t)).addi(sp).meanNumber().doubleValue();
    }
}
