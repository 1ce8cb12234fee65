# expect: WRONG_ANSWER  — applies ReLU to F(x) before adding the shortcut (F must stay signed so it can cancel x@Ws)
import numpy as np


def projection_block(x, W1, b1, W2, b2, Ws):
    h = np.maximum(x @ W1 + b1, 0.0)
    f = np.maximum(h @ W2 + b2, 0.0)
    return np.maximum(x @ Ws + f, 0.0)
