import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    /**
     * hs [T, N, H] (time-major), lengths LONG [N] with 1 <= lengths[n] <= T. Returns [N, H]: the mean of
     * hs[t, n, :] over t < lengths[n]; the padded steps hold arbitrary values. Do not modify the inputs.
     */
    public static INDArray maskedMeanPool(INDArray hs, INDArray lengths) {
        throw new UnsupportedOperationException("TODO: implement maskedMeanPool");
    }
}
