// expect: WRONG_ANSWER  — forgets the ReLU between the two layers of the block
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray residualStack(INDArray x, INDArray W1, INDArray b1, INDArray W2, INDArray b2,
                                         boolean useShortcut) {
        INDArray h = x.castTo(DataType.DOUBLE);
        long blocks = W1.size(0);
        for (long l = 0; l < blocks; l++) {
            INDArray w1 = layer(W1, l);
            INDArray w2 = layer(W2, l);
            INDArray bias1 = b1.getRow(l).castTo(DataType.DOUBLE).reshape(1, -1);
            INDArray bias2 = b2.getRow(l).castTo(DataType.DOUBLE).reshape(1, -1);
            INDArray f = h.mmul(w1).addRowVector(bias1).mmul(w2).addRowVector(bias2);
            // the ablation only drops the identity term; the block's layers stay the same
            h = Transforms.relu(useShortcut ? h.add(f) : f, false);
        }
        return h;
    }

    private static INDArray layer(INDArray stacked, long l) {
        return stacked.get(NDArrayIndex.point(l), NDArrayIndex.all(), NDArrayIndex.all()).castTo(DataType.DOUBLE);
    }
}
