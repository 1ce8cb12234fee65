# expect: WRONG_ANSWER  — builds the window with np.roll, so the first channels borrow the last ones (no clipping)
import numpy as np


def lrn(x, size=5, alpha=1e-4, beta=0.75, k=2.0):
    sq = x * x
    s = np.zeros_like(x)
    for off in range(-(size // 2), size // 2 + 1):
        s += np.roll(sq, off, axis=1)
    return x / (k + alpha * s) ** beta
