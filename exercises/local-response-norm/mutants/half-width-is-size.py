# expect: WRONG_ANSWER  — uses `size` neighbours on each side (window of 2*size+1 channels) instead of size//2
import numpy as np


def lrn(x, size=5, alpha=1e-4, beta=0.75, k=2.0):
    c = x.shape[1]
    out = np.empty_like(x)
    for ch in range(c):
        s = np.sum(x[:, max(0, ch - size):min(c, ch + size + 1)] ** 2, axis=1)
        out[:, ch] = x[:, ch] / (k + alpha * s) ** beta
    return out
