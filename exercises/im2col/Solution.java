import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

public class Solution {
    public static INDArray im2col(INDArray x, int kernelH, int kernelW, int stride, int padding) {
        long n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
        long oh = (h + 2L * padding - kernelH) / stride + 1;
        long ow = (w + 2L * padding - kernelW) / stride + 1;
        INDArray xp = Nd4j.zeros(DataType.DOUBLE, n, c, h + 2L * padding, w + 2L * padding);
        xp.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(padding, padding + h),
                NDArrayIndex.interval(padding, padding + w)).assign(x.castTo(DataType.DOUBLE));
        INDArray out = Nd4j.zeros(DataType.DOUBLE, n, c * kernelH * kernelW, oh * ow);
        // one window per column: its C x KH x KW block, flattened in C order, is the column
        for (long i = 0; i < oh; i++) {
            for (long j = 0; j < ow; j++) {
                INDArray window = xp.get(NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.interval(i * stride, i * stride + kernelH),
                        NDArrayIndex.interval(j * stride, j * stride + kernelW))
                        .dup('c').reshape('c', n, c * kernelH * kernelW);
                out.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(i * ow + j)).assign(window);
            }
        }
        return out;
    }
}
