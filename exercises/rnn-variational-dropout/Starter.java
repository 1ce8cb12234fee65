import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * Variational-dropout RNN. xs [T,N,D], h0 [N,H], Wxh [D,H], Whh [H,H], bh [H], Why [H,O], by [O],
     * xMask [N,D], hMask [N,H] (0/1, 1 = keep, the same at every step). Returns {ys [T,N,O], hs [T,N,H]}.
     */
    public static INDArray[] rnnForwardVariational(INDArray xs, INDArray h0, INDArray Wxh, INDArray Whh, INDArray bh,
                                                   INDArray Why, INDArray by, double p, INDArray xMask, INDArray hMask) {
        throw new UnsupportedOperationException("not implemented");
    }
}
