import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * Scaled dot-product attention. q [B,Tq,d], k [B,Tk,d], v [B,Tk,dv], mask BOOL [B,Tq,Tk] (true = may attend) or null.
     * Returns {out [B,Tq,dv], weights [B,Tq,Tk]}.
     */
    public static INDArray[] attention(INDArray q, INDArray k, INDArray v, INDArray mask) {
        throw new UnsupportedOperationException("not implemented");
    }
}
