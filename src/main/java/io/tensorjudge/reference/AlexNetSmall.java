package io.tensorjudge.reference;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The simplified AlexNet of the AlexNet seed's code, inference only: three conv(3x3, pad 1) + ReLU + max-pool(2, 2)
 * stages on [N,3,32,32], flatten in C,H,W order, fc1 + ReLU, fc2 -> logits [N,10].
 */
public final class AlexNetSmall {

    private AlexNetSmall() {
    }

    public static INDArray forward(INDArray x, Map<String, INDArray> params) {
        INDArray h = x;
        for (int stage = 1; stage <= 3; stage++) {
            INDArray conv = Convolution.conv2d(h, param(params, "conv" + stage + "_w"), param(params, "conv" + stage + "_b"), 1, 1);
            h = Convolution.maxPool2d(Axes.relu(conv), 2, 2);
        }
        INDArray flat = h.reshape('c', h.size(0), h.length() / h.size(0));
        INDArray hidden = Axes.relu(Linear.forward(flat, param(params, "fc1_w"), param(params, "fc1_b")));
        return Linear.forward(hidden, param(params, "fc2_w"), param(params, "fc2_b"));
    }

    private static INDArray param(Map<String, INDArray> params, String name) {
        INDArray value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing parameter " + name);
        }
        return value;
    }
}
