import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * One decoding step with a KV cache. x [B,D]; k_cache, v_cache [B,h,T,dh]; W_q, W_k, W_v, W_o [D,D].
     * Append the new key/value at position T, attend over the T+1 positions (scale 1/sqrt(dh)), project with W_o.
     * Returns {out [B,D], k_new [B,h,T+1,dh], v_new [B,h,T+1,dh]}.
     */
    public static INDArray[] kvCacheStep(INDArray x, INDArray k_cache, INDArray v_cache, INDArray W_q, INDArray W_k,
            INDArray W_v, INDArray W_o, int num_heads) {
        throw new UnsupportedOperationException("not implemented");
    }
}
