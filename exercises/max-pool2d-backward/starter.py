import numpy as np


def max_pool2d_backward(x, dout, kernel=3, stride=2):
    """Gradient of out = max_pool2d(x, kernel, stride) (no padding, floor) with respect to x.

    x: [N, C, H, W], dout = dL/dout: [N, C, OH, OW] (float64), OH = (H - kernel) // stride + 1 (same for OW).
    Each window's gradient goes to the first maximum of the window in row-major order; windows that overlap add up.
    Returns dx: [N, C, H, W].
    """
    raise NotImplementedError
