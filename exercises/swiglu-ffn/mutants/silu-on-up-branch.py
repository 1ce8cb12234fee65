# expect: WRONG_ANSWER  — applies silu to x @ W_up and uses x @ W_gate as the linear branch (the two projections swapped)
import numpy as np


def swiglu_ffn(x, W_gate, W_up, W_down):
    u = x @ W_up
    return (u / (1.0 + np.exp(-u)) * (x @ W_gate)) @ W_down
