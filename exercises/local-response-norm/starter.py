import numpy as np


def lrn(x, size=5, alpha=1e-4, beta=0.75, k=2.0):
    """AlexNet local response normalization across channels of an NCHW batch.

    x: float64 [N, C, H, W]; size: odd window length over channels.
    out[n, c, h, w] = x[n, c, h, w] / (k + alpha * sum_{j=max(0, c-size//2)}^{min(C-1, c+size//2)} x[n, j, h, w]**2) ** beta
    (alpha is NOT divided by size). Returns an array of x's shape.
    """
    raise NotImplementedError
