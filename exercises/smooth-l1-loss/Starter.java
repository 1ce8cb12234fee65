import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

public class Solution {
    /**
     * Mean Smooth L1 loss with threshold beta >= 0 (PyTorch nn.SmoothL1Loss): 0.5 d^2 / beta where |d| < beta,
     * |d| - 0.5 beta elsewhere; beta == 0 is plain L1. Do not modify the inputs.
     */
    public static double smoothL1Loss(INDArray pred, INDArray target, double beta) {
        throw new UnsupportedOperationException("TODO: implement smoothL1Loss");
    }
}
