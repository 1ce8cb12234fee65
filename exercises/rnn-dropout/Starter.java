import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * Zaremba dropout RNN. xs [T,N,D], h0 [N,H], Wxh [D,H], Whh [H,H], bh [H], Why [H,O], by [O],
     * xMasks [T,N,D], hMasks [T,N,H] (0/1, 1 = keep). Returns {ys [T,N,O], hs [T,N,H]}.
     */
    public static INDArray[] rnnForwardDropout(INDArray xs, INDArray h0, INDArray Wxh, INDArray Whh, INDArray bh,
                                               INDArray Why, INDArray by, double p, INDArray xMasks, INDArray hMasks) {
        throw new UnsupportedOperationException("not implemented");
    }
}
