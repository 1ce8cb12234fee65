import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

public class Solution {
    public static INDArray maxPool2d(INDArray x, int kernel, int stride) {
        INDArray xd = x.castTo(DataType.DOUBLE);
        long n = xd.size(0), c = xd.size(1), h = xd.size(2), w = xd.size(3);
        long oh = (h - kernel) / stride + 1;
        long ow = (w - kernel) / stride + 1;
        INDArray out = Nd4j.zeros(DataType.DOUBLE, n, c, oh, ow);
        for (long i = 0; i < oh; i++) {
            for (long j = 0; j < ow; j++) {
                INDArray window = xd.get(NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.interval(i * stride, i * stride + kernel),
                        NDArrayIndex.interval(j * stride, j * stride + kernel));
                // reduce the two spatial axes only: every (sample, channel) keeps its own maximum
                out.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(i), NDArrayIndex.point(j))
                        .assign(window.max(2, 3));
            }
        }
        return out;
    }
}
