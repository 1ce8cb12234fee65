import numpy as np


def max_pool2d(x, kernel=3, stride=2):
    """Max pooling over square kernel×kernel windows of an NCHW batch, no padding.

    x: float64 [N, C, H, W] (H, W >= kernel).
    Returns [N, C, OH, OW] with OH = (H - kernel) // stride + 1, OW = (W - kernel) // stride + 1 and
    out[n, c, i, j] = max over the window starting at (i*stride, j*stride) of channel c.
    """
    raise NotImplementedError
