import numpy as np


def swiglu_ffn(x, W_gate, W_up, W_down):
    """SwiGLU feed-forward layer (LLaMA's FFN, no biases).

    x : float64 [N, D];  W_gate, W_up : [D, F];  W_down : [F, D]
    silu(z) = z * sigmoid(z)
    out = (silu(x @ W_gate) * (x @ W_up)) @ W_down
    returns float64 [N, D]
    """
    raise NotImplementedError
