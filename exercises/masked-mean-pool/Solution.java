import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

public class Solution {
    public static INDArray maskedMeanPool(INDArray hs, INDArray lengths) {
        long n = hs.size(1);
        long h = hs.size(2);
        INDArray out = Nd4j.zeros(DataType.DOUBLE, n, h);
        for (int i = 0; i < n; i++) {
            long len = lengths.getLong(i);
            // the real steps of sequence i: hs[0:len, i, :] -> [len, H]
            INDArray steps = hs.get(NDArrayIndex.interval(0, len), NDArrayIndex.point(i), NDArrayIndex.all())
                    .castTo(DataType.DOUBLE);
            out.putRow(i, steps.sum(0).divi((double) len));
        }
        return out;
    }
}
