import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution
{
    /* borrowed */
    public static INDArray softmax(INDArray input, int dim)
    {
        int d = dim < 0 ? dim + input.rank() : dim;
        INDArray asDouble = input.castTo(DataType.DOUBLE);
        INDArray peak = asDouble.max(true, d);   // keep the axis so it broadcasts
        INDArray exps = Transforms.exp(asDouble.sub(peak), false);
        return exps.div(exps.sum(true, d));
    }
}
