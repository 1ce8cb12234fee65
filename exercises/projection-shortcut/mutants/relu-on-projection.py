# expect: WRONG_ANSWER  — passes the projected shortcut through a ReLU before the sum; the shortcut is linear
import numpy as np


def projection_block(x, W1, b1, W2, b2, Ws):
    h = np.maximum(x @ W1 + b1, 0.0)
    return np.maximum(np.maximum(x @ Ws, 0.0) + h @ W2 + b2, 0.0)
