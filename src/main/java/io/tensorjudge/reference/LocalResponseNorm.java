package io.tensorjudge.reference;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * AlexNet-paper LRN across channels of NCHW: a_c / (k + alpha * sum of a_j^2 over the window)^beta, alpha not divided
 * by size. The window sum is computed by zero-padding the channel axis and adding {@code size} shifted slices, which
 * handles the clipped windows at both ends without special cases. ND4J's own lrn op normalizes over the last axis
 * (NHWC) and, after a permute, agrees with this only to ~1e-8 relative in float64, so the reference composes it.
 */
public final class LocalResponseNorm {

    private LocalResponseNorm() {
    }

    public static INDArray lrn(INDArray x, int size, double alpha, double beta, double k) {
        long n = x.size(0);
        long c = x.size(1);
        long h = x.size(2);
        long w = x.size(3);
        int half = size / 2;
        INDArray padded = Nd4j.zeros(DataType.DOUBLE, n, c + 2L * half, h, w);
        padded.get(all(), interval(half, half + c), all(), all()).assign(x.mul(x));
        INDArray windowSum = Nd4j.zeros(DataType.DOUBLE, n, c, h, w);
        for (int offset = 0; offset < size; offset++) {
            windowSum.addi(padded.get(all(), interval(offset, offset + c), all(), all()));
        }
        INDArray denominator = Transforms.pow(windowSum.muli(alpha).addi(k), beta, false);
        return x.div(denominator);
    }
}
