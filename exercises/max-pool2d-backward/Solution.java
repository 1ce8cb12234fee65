import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    public static INDArray maxPool2dBackward(INDArray x, INDArray dout, int kernel, int stride) {
        INDArray xd = x.castTo(DataType.DOUBLE);
        INDArray g = dout.castTo(DataType.DOUBLE);
        long n = x.size(0), c = x.size(1), oh = dout.size(2), ow = dout.size(3);
        INDArray dx = Nd4j.zeros(DataType.DOUBLE, x.shape());
        for (long a = 0; a < n; a++) {
            for (long ch = 0; ch < c; ch++) {
                for (long i = 0; i < oh; i++) {
                    for (long j = 0; j < ow; j++) {
                        long bestR = i * stride, bestC = j * stride;
                        double best = xd.getDouble(a, ch, bestR, bestC);
                        for (long u = 0; u < kernel; u++) {
                            for (long v = 0; v < kernel; v++) {
                                double value = xd.getDouble(a, ch, i * stride + u, j * stride + v);
                                if (value > best) {   // strict: a later tie does not replace the first maximum
                                    best = value;
                                    bestR = i * stride + u;
                                    bestC = j * stride + v;
                                }
                            }
                        }
                        dx.putScalar(new long[]{a, ch, bestR, bestC},
                                dx.getDouble(a, ch, bestR, bestC) + g.getDouble(a, ch, i, j));
                    }
                }
            }
        }
        return dx;
    }
}
