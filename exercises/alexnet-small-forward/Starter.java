import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * Simplified AlexNet inference. x [N, 3, 32, 32]; params conv1_w [32,3,3,3], conv1_b [32],
     * conv2_w [64,32,3,3], conv2_b [64], conv3_w [128,64,3,3], conv3_b [128], fc1_w [2048,512], fc1_b [512],
     * fc2_w [512,10], fc2_b [10]. Three stages conv3x3(stride 1, pad 1) + ReLU + maxpool(2, 2);
     * flatten in C,H,W order; relu(h fc1_w + fc1_b); logits = h fc2_w + fc2_b. Returns [N, 10].
     */
    public static INDArray alexnetSmallForward(INDArray x, Map<String, INDArray> params) {
        throw new UnsupportedOperationException("TODO: implement alexnetSmallForward");
    }
}
