import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * One SGD step of relu(x@W1+b1)@W2+b2 with mean softmax cross-entropy. params: W1 [D,H], b1 [H], W2 [H,C], b2 [C];
     * x [N,D]; y int64 [N]. Returns {Map<String,INDArray> newParams, Double lossBeforeStep}; do not modify params.
     */
    public static Object[] trainStep(Map<String, INDArray> params, INDArray x, INDArray y, double lr) {
        throw new UnsupportedOperationException("not implemented");
    }
}
