import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray[] residualBlockBackward(INDArray x, INDArray W1, INDArray b1, INDArray W2, INDArray b2,
                                                   INDArray dout) {
        INDArray xd = x.castTo(DataType.DOUBLE);
        INDArray w1 = W1.castTo(DataType.DOUBLE);
        INDArray w2 = W2.castTo(DataType.DOUBLE);
        INDArray z1 = xd.mmul(w1).addRowVector(b1.castTo(DataType.DOUBLE));
        INDArray a1 = Transforms.relu(z1, true);
        INDArray s = xd.add(a1.mmul(w2).addRowVector(b2.castTo(DataType.DOUBLE)));

        // ReLU'(v) = 1 where v > 0, else 0
        INDArray ds = dout.castTo(DataType.DOUBLE).mul(s.gt(0.0).castTo(DataType.DOUBLE));
        INDArray dW2 = a1.transpose().mmul(ds);
        INDArray db2 = ds.sum(0);
        INDArray dz1 = ds.mmul(w2.transpose()).mul(z1.gt(0.0).castTo(DataType.DOUBLE));
        INDArray dW1 = xd.transpose().mmul(dz1);
        INDArray db1 = dz1.sum(0);
        INDArray dx = ds.add(dz1.mmul(w1.transpose()));   // the shortcut carries ds straight back to x
        return new INDArray[]{dx, dW1, db1, dW2, db2};
    }
}
