package io.tensorjudge.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The batch-first affine layer y = x @ W + b and its backward pass. */
public final class Linear {

    private Linear() {
    }

    public static INDArray forward(INDArray x, INDArray w, INDArray b) {
        return x.mmul(w).addi(b);
    }

    /** Returns (dx, dW, db). */
    public static INDArray[] backward(INDArray x, INDArray w, INDArray b, INDArray dout) {
        INDArray dx = dout.mmul(w.transpose());
        INDArray dw = x.transpose().mmul(dout);
        INDArray db = dout.sum(0);
        return new INDArray[] {dx, dw, db};
    }

    /** The seed's forward "core" with a cache: (h, {"z": z, "h": h}) for z = x @ w + b, h = tanh(z). */
    public static Object[] forwardCore(INDArray x, INDArray w, INDArray b) {
        INDArray z = forward(x, w, b);
        INDArray h = Transforms.tanh(z, true);
        Map<String, INDArray> cache = new LinkedHashMap<>();
        cache.put("z", z);
        cache.put("h", h.dup());
        return new Object[] {h, cache};
    }
}
