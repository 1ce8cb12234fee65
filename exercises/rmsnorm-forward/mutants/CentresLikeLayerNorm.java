// expect: WRONG_ANSWER  — subtracts the row mean first (LayerNorm without beta, not RMSNorm)
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray rmsnorm(INDArray x, INDArray gamma, double eps) {
        int last = x.rank() - 1;
        INDArray centred = x.sub(x.mean(true, last));
        INDArray rms = Transforms.sqrt(centred.mul(centred).mean(true, last).addi(eps), false);
        return centred.div(rms).muli(gamma);
    }
}
