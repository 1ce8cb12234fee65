// expect: WRONG_ANSWER  — assigns each row instead of adding it, so a repeated token keeps only its last occurrence
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    public static INDArray embeddingBackward(INDArray indices, INDArray dout, int numEmbeddings) {
        long d = dout.size(dout.rank() - 1);
        long m = indices.length();
        long[] flat = indices.castTo(DataType.LONG).dup('c').reshape(new long[]{m}).toLongVector();
        INDArray rows = dout.castTo(DataType.DOUBLE).dup('c').reshape('c', m, d);
        INDArray dw = Nd4j.zeros(DataType.DOUBLE, numEmbeddings, d);
        for (int p = 0; p < m; p++) {
            dw.getRow(flat[p]).assign(rows.getRow(p));
        }
        return dw;
    }
}
