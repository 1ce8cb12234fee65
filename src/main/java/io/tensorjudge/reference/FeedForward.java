package io.tensorjudge.reference;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Gated Transformer feed-forward layers. */
public final class FeedForward {

    private FeedForward() {
    }

    /** SwiGLU (LLaMA, no biases): (silu(x @ W_gate) * (x @ W_up)) @ W_down, silu(z) = z * sigmoid(z). */
    public static INDArray swiglu(INDArray x, INDArray wGate, INDArray wUp, INDArray wDown) {
        INDArray gate = x.mmul(wGate);
        INDArray silu = Transforms.sigmoid(gate, true).muli(gate);
        return silu.muli(x.mmul(wUp)).mmul(wDown);
    }
}
