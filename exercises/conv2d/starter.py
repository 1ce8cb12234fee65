import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    """2-D cross-correlation with zero padding (what deep-learning libraries call convolution).

    x: [N, C, H, W], w: [F, C, KH, KW], b: [F] (float64), stride and padding: ints.
    Returns [N, F, OH, OW] with OH = (H + 2*padding - KH) // stride + 1 (same for OW) and
    out[n, f, i, j] = b[f] + sum_{c, u, v} xpad[n, c, i*stride + u, j*stride + v] * w[f, c, u, v].
    """
    raise NotImplementedError
