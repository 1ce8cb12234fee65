package io.tensorjudge.reference;

import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
import org.nd4j.linalg.factory.Nd4j;

/** NCHW convolution and max pooling through ND4J's native ops (tested against plain loops). */
public final class Convolution {

    private Convolution() {
    }

    /** Cross-correlation with zero padding: x [N,C,H,W], w [F,C,KH,KW], b [F] -> [N,F,OH,OW], floor division. */
    public static INDArray conv2d(INDArray x, INDArray w, INDArray b, int stride, int padding) {
        Conv2DConfig config = Conv2DConfig.builder()
                .kH(w.size(2)).kW(w.size(3))
                .sH(stride).sW(stride)
                .pH(padding).pW(padding)
                .dH(1).dW(1)
                .paddingMode(PaddingMode.VALID)
                .dataFormat("NCHW")
                .weightsFormat(WeightsFormat.OIYX)
                .build();
        return Nd4j.cnn().conv2d(x, w, b, config);
    }

    /** Max pooling without padding; windows that do not fit are dropped (floor). */
    public static INDArray maxPool2d(INDArray x, int kernel, int stride) {
        Pooling2DConfig config = Pooling2DConfig.builder()
                .kH(kernel).kW(kernel)
                .sH(stride).sW(stride)
                .pH(0).pW(0)
                .dH(1).dW(1)
                .paddingMode(PaddingMode.VALID)
                .isNHWC(false)
                .build();
        return Nd4j.cnn().maxPooling2d(x, config);
    }
}
