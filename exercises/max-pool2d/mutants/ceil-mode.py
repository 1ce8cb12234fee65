# expect: WRONG_ANSWER  — rounds the output size up (ceil mode) and pools the partial windows at the border too
import math
import numpy as np


def max_pool2d(x, kernel=3, stride=2):
    n, c, h, w = x.shape
    oh, ow = math.ceil((h - kernel) / stride) + 1, math.ceil((w - kernel) / stride) + 1
    out = np.zeros((n, c, oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[:, :, i, j] = x[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel].max(axis=(2, 3))
    return out
