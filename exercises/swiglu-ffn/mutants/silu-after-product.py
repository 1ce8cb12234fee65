# expect: WRONG_ANSWER  — multiplies the two branches first and applies silu to the product
import numpy as np


def swiglu_ffn(x, W_gate, W_up, W_down):
    p = (x @ W_gate) * (x @ W_up)
    return (p / (1.0 + np.exp(-p))) @ W_down
