import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    /**
     * Beam search: logProbs [T, V, V], logProbs[t, a, b] = score of token b at step t after token a; start is the
     * token before step 0; 1 <= beamWidth <= V. Returns {tokens [B, T] LONG, scores [B] DOUBLE}, best first; ties
     * by the parent's rank, then the token id, ascending.
     */
    public static INDArray[] beamSearch(INDArray logProbs, int start, int beamWidth) {
        throw new UnsupportedOperationException("TODO: implement beamSearch");
    }
}
