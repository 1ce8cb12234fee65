import numpy as np


def _silu(z):
    # z * sigmoid(z) with the sigmoid written so exp never overflows
    e = np.exp(-np.abs(z))
    sig = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return z * sig


def swiglu_ffn(x, W_gate, W_up, W_down):
    hidden = _silu(x @ W_gate) * (x @ W_up)
    return hidden @ W_down
