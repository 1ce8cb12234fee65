import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static INDArray logsumexp(INDArray x, int axis) {
        int ax = axis < 0 ? axis + x.rank() : axis;
        INDArray xd = x.castTo(DataType.DOUBLE);
        // max of each slice, kept as a size-1 axis so it broadcasts against x
        INDArray m = xd.max(true, ax);
        INDArray s = Transforms.exp(xd.sub(m), false).sum(true, ax);
        INDArray out = Transforms.log(s, false).add(m);
        long[] shape = x.shape();
        long[] reduced = new long[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != ax) reduced[j++] = shape[i];
        }
        return out.reshape(reduced);
    }
}
