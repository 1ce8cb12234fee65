import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    public static Object[] forwardCore(INDArray x, INDArray w, INDArray b) {
        INDArray z = x.castTo(DataType.DOUBLE).mmul(w.castTo(DataType.DOUBLE))
                .addRowVector(b.castTo(DataType.DOUBLE).reshape(1, -1));
        INDArray h = Transforms.tanh(z, true);   // dup: z must stay the pre-activation
        Map<String, INDArray> cache = new LinkedHashMap<>();
        cache.put("z", z);
        cache.put("h", h);
        return new Object[] {h, cache};
    }
}
