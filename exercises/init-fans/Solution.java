import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

public class Solution {
    public static INDArray initScales(INDArray w, double negative_slope, boolean use_tanh) {
        long[] shape = w.shape();
        long receptive = 1;
        for (int i = 2; i < shape.length; i++) {
            receptive *= shape[i];
        }
        // rank 2 is a linear weight [D_in, D_out]: the opposite of PyTorch's [out, in]
        double fanIn = shape.length == 2 ? shape[0] : shape[1] * receptive;
        double fanOut = shape.length == 2 ? shape[1] : shape[0] * receptive;
        double gx = use_tanh ? 5.0 / 3.0 : 1.0;
        double gk = Math.sqrt(2.0 / (1.0 + negative_slope * negative_slope));
        return Nd4j.createFromArray(new double[] {
            fanIn,
            fanOut,
            gx * Math.sqrt(6.0 / (fanIn + fanOut)),
            gx * Math.sqrt(2.0 / (fanIn + fanOut)),
            gk * Math.sqrt(3.0 / fanIn),
            gk / Math.sqrt(fanOut)});
    }
}
