import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    /**
     * L two-layer blocks in sequence. x [N, D]; W1, W2 [L, D, D]; b1, b2 [L, D].
     * Block l: F = relu(h·W1[l] + b1[l])·W2[l] + b2[l]; h = relu(h + F) if useShortcut else relu(F).
     * Returns h after the last block, [N, D].
     */
    public static INDArray residualStack(INDArray x, INDArray W1, INDArray b1, INDArray W2, INDArray b2,
                                         boolean useShortcut) {
        throw new UnsupportedOperationException("not implemented");
    }
}
