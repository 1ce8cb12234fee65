package io.tensorjudge.reference;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Gradients of {@link Convolution}'s conv2d and max pooling, and im2col, through libnd4j's own ops (conv2d_bp,
 * maxpool2d_bp, im2col): the code DL4J trains with, independent of the exercises' NumPy and loop solutions.
 */
public final class ConvolutionGradients {

    /** libnd4j integer arguments: dilation 1, VALID padding mode (explicit pads), NCHW. */
    private static final int DILATION = 1;
    private static final int EXPLICIT_PADDING = 0;
    private static final int NCHW = 0;
    /** conv2d_bp weight layout [oC, iC, kH, kW], the contract's w [F, C, KH, KW]. */
    private static final int WEIGHTS_OIHW = 1;

    private ConvolutionGradients() {
    }

    /** (dx, dw, db) of conv2d(x, w, b, stride, padding) for the upstream gradient dout [N, F, OH, OW]. */
    public static INDArray[] conv2dBackward(INDArray x, INDArray w, INDArray b, INDArray dout, int stride,
            int padding) {
        INDArray dx = Nd4j.zeros(DataType.DOUBLE, x.shape());
        INDArray dw = Nd4j.zeros(DataType.DOUBLE, w.shape());
        INDArray db = Nd4j.zeros(DataType.DOUBLE, b.shape());
        Nd4j.exec(DynamicCustomOp.builder("conv2d_bp")
                .addInputs(x, w, b, dout)
                .addOutputs(dx, dw, db)
                .addIntegerArguments((int) w.size(2), (int) w.size(3), stride, stride, padding, padding,
                        DILATION, DILATION, EXPLICIT_PADDING, NCHW, WEIGHTS_OIHW)
                .build());
        return new INDArray[]{dx, dw, db};
    }

    /** dx of max pooling without padding: each window's gradient goes to its first maximum (row-major). */
    public static INDArray maxPool2dBackward(INDArray x, INDArray dout, int kernel, int stride) {
        INDArray dx = Nd4j.zeros(DataType.DOUBLE, x.shape());
        Nd4j.exec(DynamicCustomOp.builder("maxpool2d_bp")
                .addInputs(x, dout)
                .addOutputs(dx)
                .addIntegerArguments(kernel, kernel, stride, stride, 0, 0, DILATION, DILATION, EXPLICIT_PADDING,
                        0, NCHW)
                .build());
        return dx;
    }

    /** F.unfold layout: [N, C*KH*KW, OH*OW], row c*KH*KW + u*KW + v, column i*OW + j; zero padding. */
    public static INDArray im2col(INDArray x, int kernelH, int kernelW, int stride, int padding) {
        long n = x.size(0), c = x.size(1);
        long oh = (x.size(2) + 2L * padding - kernelH) / stride + 1;
        long ow = (x.size(3) + 2L * padding - kernelW) / stride + 1;
        INDArray cols = Nd4j.zeros(DataType.DOUBLE, n, c, kernelH, kernelW, oh, ow);
        Nd4j.exec(DynamicCustomOp.builder("im2col")
                .addInputs(x)
                .addOutputs(cols)
                .addIntegerArguments(kernelH, kernelW, stride, stride, padding, padding, DILATION, DILATION,
                        EXPLICIT_PADDING)
                .addFloatingPointArguments(0.0)   // the value of padded cells
                .build());
        return cols.reshape('c', n, c * kernelH * kernelW, oh * ow);
    }
}
