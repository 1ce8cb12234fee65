# expect: WRONG_ANSWER  — ReLU instead of tanh
import numpy as np


def forward_core(x, w, b):
    z = x @ w + b
    h = np.maximum(z, 0.0)
    return h, {"z": z, "h": h}
