import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * Perplexity on a padded batch. logits [B,T,V], targets LONG [B,T], mask BOOL [B,T] (true = real token).
     * Returns exp(mean over the real tokens of -log softmax(logits)[target]).
     */
    public static double perplexity(INDArray logits, INDArray targets, INDArray mask) {
        throw new UnsupportedOperationException("not implemented");
    }
}
