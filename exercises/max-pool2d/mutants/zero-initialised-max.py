# expect: WRONG_ANSWER  — starts the running maximum at 0, so windows of negative values come out as 0
import numpy as np


def max_pool2d(x, kernel=3, stride=2):
    n, c, h, w = x.shape
    oh, ow = (h - kernel) // stride + 1, (w - kernel) // stride + 1
    out = np.zeros((n, c, oh, ow))
    for u in range(kernel):
        for v in range(kernel):
            out = np.maximum(out, x[:, :, u:u + stride * (oh - 1) + 1:stride, v:v + stride * (ow - 1) + 1:stride])
    return out
