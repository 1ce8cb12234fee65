// expect: WRONG_ANSWER  — backpropagates through the ReLU as if it were the identity (forgets the z1 > 0 mask)
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static Object[] trainStep(Map<String, INDArray> params, INDArray x, INDArray y, double lr) {
        INDArray W1 = params.get("W1");
        INDArray b1 = params.get("b1");
        INDArray W2 = params.get("W2");
        INDArray b2 = params.get("b2");
        int n = (int) x.size(0);
        int c = (int) W2.size(1);

        // forward
        INDArray z1 = x.mmul(W1).addRowVector(b1);
        INDArray h = Transforms.relu(z1, true);
        INDArray logits = h.mmul(W2).addRowVector(b2);
        INDArray shifted = logits.subColumnVector(logits.max(1).reshape(n, 1));
        INDArray logSum = Transforms.log(Transforms.exp(shifted, true).sum(1), false).reshape(n, 1);
        INDArray logProbs = shifted.subColumnVector(logSum);
        INDArray oneHot = Nd4j.zeros(DataType.DOUBLE, n, c);
        for (int i = 0; i < n; i++) {
            oneHot.putScalar(i, y.getInt(i), 1.0);
        }
        double loss = -logProbs.mul(oneHot).sumNumber().doubleValue() / n;

        // backward: d(mean CE)/d logits = (softmax - onehot) / N
        INDArray dLogits = Transforms.exp(logProbs, true).subi(oneHot).divi(n);
        INDArray dW2 = h.transpose().mmul(dLogits);
        INDArray db2 = dLogits.sum(0);
        INDArray reluMask = z1.gt(0.0).castTo(DataType.DOUBLE);
        INDArray dz1 = dLogits.mmul(W2.transpose());
        INDArray dW1 = x.transpose().mmul(dz1);
        INDArray db1 = dz1.sum(0);

        Map<String, INDArray> updated = new LinkedHashMap<>();
        updated.put("W1", W1.sub(dW1.mul(lr)));
        updated.put("b1", b1.sub(db1.mul(lr)));
        updated.put("W2", W2.sub(dW2.mul(lr)));
        updated.put("b2", b2.sub(db2.mul(lr)));
        return new Object[] {updated, loss};
    }
}
