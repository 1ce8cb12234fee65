# expect: WRONG_ANSWER  — uses GELU (tanh form) on the gate: that is GEGLU, a sibling of SwiGLU
import numpy as np


def swiglu_ffn(x, W_gate, W_up, W_down):
    g = x @ W_gate
    gelu = 0.5 * g * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (g + 0.044715 * g ** 3)))
    return (gelu * (x @ W_up)) @ W_down
