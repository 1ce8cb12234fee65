import numpy as np


def conv2d_backward(x, w, b, dout, stride=1, padding=0):
    """Gradients of out = conv2d(x, w, b, stride, padding) (cross-correlation, zero padding, NCHW).

    x: [N, C, H, W], w: [F, C, KH, KW], b: [F], dout = dL/dout: [N, F, OH, OW] (all float64), with
    OH = (H + 2*padding - KH) // stride + 1 (same for OW).
    Returns the tuple (dx [N, C, H, W], dw [F, C, KH, KW], db [F]).
    """
    raise NotImplementedError
