import numpy as np


def im2col(x, kernel_h, kernel_w, stride=1, padding=0):
    """Unfold the sliding windows of x into columns, in the layout of torch.nn.functional.unfold.

    x: [N, C, H, W] (float64); zero padding on every side; OH = (H + 2*padding - kernel_h) // stride + 1,
    OW likewise. Returns [N, C*kernel_h*kernel_w, OH*OW] with
    out[n, c*kernel_h*kernel_w + u*kernel_w + v, i*OW + j] = xpad[n, c, i*stride + u, j*stride + v].
    """
    raise NotImplementedError
