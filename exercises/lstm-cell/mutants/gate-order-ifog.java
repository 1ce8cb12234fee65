// expect: WRONG_ANSWER  — splits the gates as i, f, o, g (the order of the RNN-regularization paper and reading) instead of the contract's i, f, g, o
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] lstmCell(INDArray x, INDArray h, INDArray c, INDArray W, INDArray b) {
        long H = h.size(1);
        INDArray gates = Nd4j.concat(1, x, h).mmul(W).addRowVector(b);
        INDArray i = Transforms.sigmoid(block(gates, 0, H), true);
        INDArray f = Transforms.sigmoid(block(gates, 1, H), true);
        INDArray g = Transforms.tanh(block(gates, 3, H), true);
        INDArray o = Transforms.sigmoid(block(gates, 2, H), true);
        INDArray cNext = f.mul(c).add(i.mul(g));
        INDArray hNext = o.mul(Transforms.tanh(cNext, true));
        return new INDArray[] {hNext, cNext};
    }

    private static INDArray block(INDArray gates, int k, long H) {
        return gates.get(NDArrayIndex.all(), NDArrayIndex.interval(k * H, (k + 1) * H));
    }
}
