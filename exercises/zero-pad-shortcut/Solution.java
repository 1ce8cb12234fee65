import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray zeroPadMerge(INDArray x, INDArray fx, int stride) {
        long n = fx.size(0), cOut = fx.size(1), hOut = fx.size(2), wOut = fx.size(3);
        long cIn = x.size(1);
        INDArray shortcut = Nd4j.zeros(DataType.DOUBLE, n, cOut, hOut, wOut);
        for (int i = 0; i < hOut; i++) {
            for (int j = 0; j < wOut; j++) {
                // position (i, j) of the output reads (i*stride, j*stride) of the input, channels 0..cIn-1
                INDArray column = x.get(NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.point((long) i * stride), NDArrayIndex.point((long) j * stride));
                shortcut.put(new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.interval(0, cIn),
                        NDArrayIndex.point(i), NDArrayIndex.point(j)}, column.castTo(DataType.DOUBLE));
            }
        }
        return Transforms.relu(fx.castTo(DataType.DOUBLE).add(shortcut), false);
    }
}
