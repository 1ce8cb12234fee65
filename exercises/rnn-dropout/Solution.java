import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] rnnForwardDropout(INDArray xs, INDArray h0, INDArray Wxh, INDArray Whh, INDArray bh,
                                               INDArray Why, INDArray by, double p, INDArray xMasks, INDArray hMasks) {
        int T = (int) xs.size(0);
        double scale = 1.0 / (1.0 - p);
        INDArray h = h0;
        INDArray[] ys = new INDArray[T];
        INDArray[] hs = new INDArray[T];
        for (int t = 0; t < T; t++) {
            INDArray xDrop = xs.slice(t).mul(xMasks.slice(t)).muli(scale);
            // recurrent connection h_{t-1} @ Whh is left undropped
            h = Transforms.tanh(xDrop.mmul(Wxh).add(h.mmul(Whh)).addRowVector(bh), false);
            INDArray hDrop = h.mul(hMasks.slice(t)).muli(scale);
            ys[t] = hDrop.mmul(Why).addRowVector(by);
            hs[t] = h;
        }
        return new INDArray[] {Nd4j.stack(0, ys), Nd4j.stack(0, hs)};
    }
}
