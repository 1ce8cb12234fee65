// expect: WRONG_ANSWER  — skips the bias correction m/(1-beta1^t), v/(1-beta2^t)
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] adamwStep(INDArray param, INDArray grad, INDArray m, INDArray v, int t, double lr,
                                       double beta1, double beta2, double eps, double weightDecay) {
        INDArray p = param.mul(1.0 - lr * weightDecay);        // decoupled weight decay
        INDArray mNew = m.mul(beta1).addi(grad.mul(1.0 - beta1));
        INDArray vNew = v.mul(beta2).addi(grad.mul(grad).muli(1.0 - beta2));
        INDArray mHat = mNew.dup();
        INDArray vHat = vNew.dup();
        INDArray update = mHat.div(Transforms.sqrt(vHat, false).addi(eps)).muli(lr);
        return new INDArray[] {p.subi(update), mNew, vNew};
    }
}
