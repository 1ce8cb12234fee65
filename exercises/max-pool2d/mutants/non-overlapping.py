# expect: WRONG_ANSWER  — steps by the kernel size (classic non-overlapping pooling) and ignores `stride`
import numpy as np


def max_pool2d(x, kernel=3, stride=2):
    stride = kernel
    n, c, h, w = x.shape
    oh, ow = (h - kernel) // stride + 1, (w - kernel) // stride + 1
    out = np.zeros((n, c, oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[:, :, i, j] = x[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel].max(axis=(2, 3))
    return out
