# expect: WRONG_ANSWER  — window slice i*s : i*s+kernel-1 covers only (kernel-1)×(kernel-1) pixels
import numpy as np


def max_pool2d(x, kernel=3, stride=2):
    n, c, h, w = x.shape
    oh, ow = (h - kernel) // stride + 1, (w - kernel) // stride + 1
    out = np.zeros((n, c, oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[:, :, i, j] = x[:, :, i * stride:i * stride + kernel - 1, j * stride:j * stride + kernel - 1].max(axis=(2, 3))
    return out
