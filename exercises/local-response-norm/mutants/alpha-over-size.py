# expect: WRONG_ANSWER  — PyTorch/Caffe convention alpha/size; the contract (AlexNet paper form) uses alpha as is
import numpy as np


def lrn(x, size=5, alpha=1e-4, beta=0.75, k=2.0):
    c = x.shape[1]
    half = size // 2
    out = np.empty_like(x)
    for ch in range(c):
        s = np.sum(x[:, max(0, ch - half):min(c, ch + half + 1)] ** 2, axis=1)
        out[:, ch] = x[:, ch] / (k + alpha / size * s) ** beta
    return out
