import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    /**
     * Gradient of out = W[indices] with respect to W [numEmbeddings, D]. indices: LONG array of any shape S,
     * dout: DOUBLE of shape S + [D]. Returns dW [numEmbeddings, D]: row v sums dout over every position of v.
     */
    public static INDArray embeddingBackward(INDArray indices, INDArray dout, int numEmbeddings) {
        throw new UnsupportedOperationException("TODO: implement embeddingBackward");
    }
}
