import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

public class Solution {
    public static INDArray[] conv2dBackward(INDArray x, INDArray w, INDArray b, INDArray dout, int stride,
            int padding) {
        INDArray xd = x.castTo(DataType.DOUBLE);
        INDArray g = dout.castTo(DataType.DOUBLE);
        long n = x.size(0), c = x.size(1), h = x.size(2), wd = x.size(3);
        long f = w.size(0), kh = w.size(2), kw = w.size(3);
        long oh = dout.size(2), ow = dout.size(3);
        long k = c * kh * kw;

        INDArray xp = Nd4j.zeros(DataType.DOUBLE, n, c, h + 2L * padding, wd + 2L * padding);
        xp.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(padding, padding + h),
                NDArrayIndex.interval(padding, padding + wd)).assign(xd);
        INDArray dxp = Nd4j.zeros(DataType.DOUBLE, xp.shape());
        INDArray wRows = w.castTo(DataType.DOUBLE).dup('c').reshape('c', f, k);   // [F, C*KH*KW]
        INDArray dwRows = Nd4j.zeros(DataType.DOUBLE, f, k);

        // one output position at a time: out[:, :, i, j] = patch [N, K] @ wRows.T, so
        // dW += g_ij.T @ patch and dpatch = g_ij @ wRows, added back into the window it came from
        for (long i = 0; i < oh; i++) {
            for (long j = 0; j < ow; j++) {
                INDArray patch = xp.get(NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.interval(i * stride, i * stride + kh),
                        NDArrayIndex.interval(j * stride, j * stride + kw)).dup('c').reshape('c', n, k);
                INDArray gij = g.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(i),
                        NDArrayIndex.point(j)).dup('c').reshape('c', n, f);
                dwRows.addi(gij.transpose().mmul(patch));
                INDArray dpatch = gij.mmul(wRows).reshape('c', n, c, kh, kw);
                dxp.get(NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.interval(i * stride, i * stride + kh),
                        NDArrayIndex.interval(j * stride, j * stride + kw)).addi(dpatch);
            }
        }
        INDArray dx = dxp.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(padding, padding + h),
                NDArrayIndex.interval(padding, padding + wd)).dup('c');
        INDArray dw = dwRows.reshape('c', f, c, kh, kw);
        INDArray db = g.sum(0, 2, 3);
        return new INDArray[]{dx, dw, db};
    }
}
