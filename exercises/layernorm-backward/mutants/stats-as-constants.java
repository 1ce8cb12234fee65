// expect: WRONG_ANSWER  — treats the row mean and variance as constants: dx = dout * gamma / std
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] layernormBackward(INDArray x, INDArray gamma, INDArray dout, double eps) {
        long d = x.size(x.rank() - 1);
        long rows = x.length() / d;
        // flatten the leading axes: every row (sample or token) is normalized on its own
        INDArray xd = x.castTo(DataType.DOUBLE).dup('c').reshape(rows, d);
        INDArray dy = dout.castTo(DataType.DOUBLE).dup('c').reshape(rows, d);
        INDArray gam = gamma.castTo(DataType.DOUBLE).reshape(1, d);

        INDArray centered = xd.subColumnVector(xd.mean(true, 1));
        INDArray var = centered.mul(centered).mean(true, 1);             // biased, [rows, 1]
        INDArray invStd = Transforms.pow(var.add(eps), -0.5, false);
        INDArray xHat = centered.mulColumnVector(invStd);

        INDArray dbeta = dy.sum(0);
        INDArray dgamma = dy.mul(xHat).sum(0);
        INDArray g = dy.mulRowVector(gam);                                // dL/dxHat: gamma inside the sums
        INDArray dx = g.mulColumnVector(invStd);
        return new INDArray[] {dx.reshape(x.shape()), dgamma.reshape(d), dbeta.reshape(d)};
    }
}
