# expect: WRONG_ANSWER  — normalises over neighbouring pixels of the same channel (along W) instead of neighbouring channels
import numpy as np


def lrn(x, size=5, alpha=1e-4, beta=0.75, k=2.0):
    w = x.shape[3]
    half = size // 2
    out = np.empty_like(x)
    for j in range(w):
        s = np.sum(x[:, :, :, max(0, j - half):min(w, j + half + 1)] ** 2, axis=3)
        out[:, :, :, j] = x[:, :, :, j] / (k + alpha * s) ** beta
    return out
