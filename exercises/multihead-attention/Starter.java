import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * Causal multi-head self-attention. x [B,T,D]; W_q, W_k, W_v, W_o [D,D]; num_heads divides D.
     * Head j uses columns j*dh..(j+1)*dh-1 of x@W_q, x@W_k, x@W_v; scores / sqrt(dh); key > query masked out.
     * Returns {out [B,T,D] = concat(heads) @ W_o, weights [B,num_heads,T,T]}.
     */
    public static INDArray[] multiheadAttention(INDArray x, INDArray W_q, INDArray W_k, INDArray W_v, INDArray W_o,
            int num_heads) {
        throw new UnsupportedOperationException("not implemented");
    }
}
