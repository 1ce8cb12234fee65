import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

public class Solution {
    /**
     * The sliding windows of x [N, C, H, W] as columns (torch.nn.functional.unfold layout), zero padding:
     * returns [N, C*kernelH*kernelW, OH*OW], out[n, c*kernelH*kernelW + u*kernelW + v, i*OW + j]
     * = xpad[n, c, i*stride + u, j*stride + v], OH = (H + 2*padding - kernelH) / stride + 1.
     */
    public static INDArray im2col(INDArray x, int kernelH, int kernelW, int stride, int padding) {
        throw new UnsupportedOperationException("TODO: implement im2col");
    }
}
