# expect: WRONG_ANSWER  — caches the bare matmul x @ w as "z" (the bias is only used for h)
import numpy as np


def forward_core(x, w, b):
    xw = x @ w
    h = np.tanh(xw + b)
    return h, {"z": xw, "h": h}
