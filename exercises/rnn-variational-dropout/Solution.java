import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] rnnForwardVariational(INDArray xs, INDArray h0, INDArray Wxh, INDArray Whh, INDArray bh,
                                                   INDArray Why, INDArray by, double p, INDArray xMask, INDArray hMask) {
        int T = (int) xs.size(0);
        double scale = 1.0 / (1.0 - p);
        // one scaled mask for the whole sequence
        INDArray xKeep = xMask.mul(scale);
        INDArray hKeep = hMask.mul(scale);
        INDArray h = h0;
        INDArray[] ys = new INDArray[T];
        INDArray[] hs = new INDArray[T];
        for (int t = 0; t < T; t++) {
            h = Transforms.tanh(xs.slice(t).mul(xKeep).mmul(Wxh).add(h.mmul(Whh)).addRowVector(bh), false);
            ys[t] = h.mul(hKeep).mmul(Why).addRowVector(by);
            hs[t] = h;
        }
        return new INDArray[] {Nd4j.stack(0, ys), Nd4j.stack(0, hs)};
    }
}
