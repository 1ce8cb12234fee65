import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray lrn(INDArray x, int size, double alpha, double beta, double k) {
        INDArray xd = x.castTo(DataType.DOUBLE);
        long channels = xd.size(1);
        int half = size / 2;
        INDArray sq = xd.mul(xd);
        INDArray[] sums = new INDArray[(int) channels];
        for (int c = 0; c < channels; c++) {
            long lo = Math.max(0, c - half);
            long hi = Math.min(channels - 1, c + half);
            // sum of squares over the neighbouring channels, clipped at the first and last channel
            sums[c] = sq.get(NDArrayIndex.all(), NDArrayIndex.interval(lo, hi + 1), NDArrayIndex.all(), NDArrayIndex.all())
                    .sum(true, 1);
        }
        INDArray windowSum = Nd4j.concat(1, sums);
        INDArray denom = Transforms.pow(windowSum.mul(alpha).add(k), beta, false);
        return xd.div(denom);
    }
}
