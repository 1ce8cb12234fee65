# expect: WRONG_ANSWER  — gates with sigmoid(x @ W_gate) (the original GLU) instead of silu = z * sigmoid(z)
import numpy as np


def swiglu_ffn(x, W_gate, W_up, W_down):
    gate = 1.0 / (1.0 + np.exp(-(x @ W_gate)))
    return (gate * (x @ W_up)) @ W_down
