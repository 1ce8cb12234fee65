// expect: WRONG_ANSWER  — softmax without the max shift: exp overflows for logits in the thousands
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] trainLoop(INDArray W, INDArray b, INDArray xs, INDArray ys,
                                       double lr, double maxNorm, double gamma) {
        INDArray w = W.castTo(DataType.DOUBLE).dup();
        INDArray bias = b.castTo(DataType.DOUBLE).dup().reshape(1, -1);
        int steps = (int) xs.size(0);
        long n = xs.size(1);
        long classes = w.size(1);
        INDArray losses = Nd4j.zeros(DataType.DOUBLE, steps);

        for (int t = 0; t < steps; t++) {
            INDArray x = xs.get(NDArrayIndex.point(t), NDArrayIndex.all(), NDArrayIndex.all()).castTo(DataType.DOUBLE);
            INDArray onehot = Nd4j.zeros(DataType.DOUBLE, n, classes);
            for (long i = 0; i < n; i++) {
                onehot.putScalar(i, ys.getLong(t, i), 1.0);
            }

            INDArray logits = x.mmul(w).addRowVector(bias);
            INDArray shifted = logits;   // stable softmax
            INDArray lse = Transforms.log(Transforms.exp(shifted, true).sum(true, 1), false);
            INDArray logP = shifted.subColumnVector(lse);
            losses.putScalar(t, -logP.mul(onehot).sumNumber().doubleValue() / n);

            INDArray g = Transforms.exp(logP, true).sub(onehot).div(n);       // d(mean loss)/d logits
            INDArray dW = x.transpose().mmul(g);
            INDArray db = g.sum(true, 0);

            double norm = Math.sqrt(dW.mul(dW).sumNumber().doubleValue() + db.mul(db).sumNumber().doubleValue());
            if (norm > maxNorm) {                                             // global norm over W and b together
                double scale = maxNorm / (norm + 1e-6);
                dW = dW.mul(scale);
                db = db.mul(scale);
            }

            double lrT = lr * Math.pow(gamma, t);
            w = w.sub(dW.mul(lrT));
            bias = bias.sub(db.mul(lrT));
        }
        return new INDArray[] {w, bias.reshape(classes), losses};
    }
}
