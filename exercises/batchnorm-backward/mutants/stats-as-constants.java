// expect: WRONG_ANSWER  — treats mean and variance as constants: dx = dout * gamma / std
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] batchnormBackward(INDArray x, INDArray gamma, INDArray dout, double eps) {
        INDArray xd = x.castTo(DataType.DOUBLE);
        INDArray g = dout.castTo(DataType.DOUBLE);
        long n = xd.size(0);
        long d = xd.size(1);

        INDArray centered = xd.subRowVector(xd.mean(true, 0));
        INDArray var = centered.mul(centered).mean(true, 0);              // biased variance, [1, D]
        INDArray invStd = Transforms.pow(var.add(eps), -0.5, false);
        INDArray xHat = centered.mulRowVector(invStd);

        INDArray dbeta = g.sum(true, 0);
        INDArray dgamma = g.mul(xHat).sum(true, 0);
        // dx = gamma/(N*std) * (N*dout - sum(dout) - xHat * sum(dout*xHat))
        INDArray coef = gamma.castTo(DataType.DOUBLE).reshape(1, -1).mul(invStd).div(n);
        INDArray dx = g.mul(n).mulRowVector(coef);
        return new INDArray[] {dx, dgamma.reshape(d), dbeta.reshape(d)};
    }
}
