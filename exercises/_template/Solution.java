import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray leakyRelu(INDArray x, double negativeSlope) {
        INDArray xd = x.castTo(DataType.DOUBLE);
        // max(x, 0) + slope * min(x, 0): both halves are new arrays, x is left as it was
        INDArray positive = Transforms.max(xd, 0.0, true);
        INDArray negative = Transforms.min(xd, 0.0, true).mul(negativeSlope);
        return positive.add(negative);
    }
}
