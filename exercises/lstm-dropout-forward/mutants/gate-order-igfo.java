// expect: WRONG_ANSWER  — splits the gates in the order i, g, f, o instead of i, f, g, o
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] lstmForwardDropout(INDArray xs, INDArray h0, INDArray c0, INDArray W, INDArray b,
                                                double p, INDArray xMasks) {
        long steps = xs.size(0);
        long n = xs.size(1);
        long hidden = h0.size(1);
        INDArray w = W.castTo(DataType.DOUBLE);
        INDArray bias = b.castTo(DataType.DOUBLE).reshape(1, -1);
        INDArray h = h0.castTo(DataType.DOUBLE);
        INDArray c = c0.castTo(DataType.DOUBLE);
        INDArray hs = Nd4j.zeros(DataType.DOUBLE, steps, n, hidden);

        for (long t = 0; t < steps; t++) {
            // inverted dropout on the input only, with this step's mask; h is fed in undropped
            INDArray x = step(xs, t).mul(step(xMasks, t)).div(1.0 - p);
            INDArray gates = Nd4j.concat(1, x, h).mmul(w).addRowVector(bias);
            INDArray i = Transforms.sigmoid(gate(gates, 0, hidden), true);
            INDArray f = Transforms.sigmoid(gate(gates, 2, hidden), true);
            INDArray g = Transforms.tanh(gate(gates, 1, hidden), true);
            INDArray o = Transforms.sigmoid(gate(gates, 3, hidden), true);
            c = f.mul(c).add(i.mul(g));
            h = o.mul(Transforms.tanh(c, true));
            hs.put(new INDArrayIndex[] {NDArrayIndex.point(t), NDArrayIndex.all(), NDArrayIndex.all()}, h);
        }
        return new INDArray[] {hs, c};
    }

    private static INDArray step(INDArray seq, long t) {
        return seq.get(NDArrayIndex.point(t), NDArrayIndex.all(), NDArrayIndex.all()).castTo(DataType.DOUBLE);
    }

    private static INDArray gate(INDArray gates, int k, long hidden) {
        return gates.get(NDArrayIndex.all(), NDArrayIndex.interval(k * hidden, (k + 1) * hidden));
    }
}
