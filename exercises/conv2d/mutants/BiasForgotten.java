// expect: WRONG_ANSWER  — computes the correlation but never adds the bias b
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

public class Solution {
    public static INDArray conv2d(INDArray x, INDArray w, INDArray b, int stride, int padding) {
        long n = x.size(0), c = x.size(1), h = x.size(2), wd = x.size(3);
        long f = w.size(0), kh = w.size(2), kw = w.size(3);
        long oh = (h + 2L * padding - kh) / stride + 1;
        long ow = (wd + 2L * padding - kw) / stride + 1;

        INDArray xp = Nd4j.zeros(DataType.DOUBLE, n, c, h + 2L * padding, wd + 2L * padding);
        xp.get(NDArrayIndex.all(), NDArrayIndex.all(),
                NDArrayIndex.interval(padding, padding + h), NDArrayIndex.interval(padding, padding + wd))
                .assign(x.castTo(DataType.DOUBLE));

        // each filter as a row of length C*KH*KW, so one output position is a matrix product
        INDArray wRows = w.castTo(DataType.DOUBLE).dup('c').reshape('c', f, c * kh * kw);
        INDArray bias = b.castTo(DataType.DOUBLE).reshape(1, f);
        INDArray out = Nd4j.zeros(DataType.DOUBLE, n, f, oh, ow);
        for (long i = 0; i < oh; i++) {
            for (long j = 0; j < ow; j++) {
                INDArray patch = xp.get(NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.interval(i * stride, i * stride + kh),
                        NDArrayIndex.interval(j * stride, j * stride + kw))
                        .dup('c').reshape('c', n, c * kh * kw);
                INDArray values = patch.mmul(wRows.transpose());   // [N, F]
                out.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(i), NDArrayIndex.point(j))
                        .assign(values);
            }
        }
        return out;
    }
}
