import numpy as np


def lrn(x, size=5, alpha=1e-4, beta=0.75, k=2.0):
    c = x.shape[1]
    half = size // 2
    sq = x * x
    # Zero-pad the channel axis by `half` on both sides: a clipped window then equals a full window
    # over the padded array, so every channel's sum is one slice of a running (cumulative) sum.
    padded = np.pad(sq, ((0, 0), (half, half), (0, 0), (0, 0)))
    csum = np.concatenate([np.zeros_like(padded[:, :1]), np.cumsum(padded, axis=1)], axis=1)
    window = csum[:, size:size + c] - csum[:, :c]
    return x / (k + alpha * window) ** beta
