import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray projectionBlock(INDArray x, INDArray W1, INDArray b1, INDArray W2, INDArray b2, INDArray Ws) {
        INDArray h = Transforms.relu(x.mmul(W1).addRowVector(b1), false);
        INDArray f = h.mmul(W2).addRowVector(b2);
        // the shortcut projection is added before the final ReLU
        return Transforms.relu(x.mmul(Ws).add(f), false);
    }
}
