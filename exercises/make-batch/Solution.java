import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

public class Solution {
    public static INDArray[] makeBatch(INDArray x, INDArray y, INDArray idx) {
        long[] rows = idx.toLongVector();
        long[] oneRowShape = x.shape().clone();
        oneRowShape[0] = 1;
        INDArray[] xs = new INDArray[rows.length];
        INDArray[] ys = new INDArray[rows.length];
        for (int i = 0; i < rows.length; i++) {
            // point() drops the leading axis; put it back so the pieces concatenate to [B, ...]
            xs[i] = x.get(NDArrayIndex.point(rows[i])).dup().reshape(oneRowShape);
            ys[i] = y.getScalar(rows[i]).reshape(1);   // keeps the int64 label type
        }
        return new INDArray[] {Nd4j.concat(0, xs), Nd4j.concat(0, ys)};
    }
}
