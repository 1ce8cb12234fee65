import org.nd4j.linalg.api.ndarray.INDArray;

public class Solution {
    /**
     * AlexNet's dropout: training -> x * mask (no rescaling); test time -> x * (1 - p).
     * mask is 0/1 (1 = keep). Returns a new array; do not modify the inputs.
     */
    public static INDArray alexnetDropout(INDArray x, double p, INDArray mask, boolean training) {
        throw new UnsupportedOperationException("TODO: implement alexnetDropout");
    }
}
