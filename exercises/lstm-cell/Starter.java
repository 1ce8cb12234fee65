import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * One LSTM step. x [N,D], h [N,H], c [N,H], W [D+H,4H], b [4H]; gates = concat([x,h]) @ W + b in the order i,f,g,o.
     * Returns {hNext [N,H], cNext [N,H]}.
     */
    public static INDArray[] lstmCell(INDArray x, INDArray h, INDArray c, INDArray W, INDArray b) {
        throw new UnsupportedOperationException("not implemented");
    }
}
