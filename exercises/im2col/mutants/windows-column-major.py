# expect: WRONG_ANSWER  — numbers the windows column by column (j*OH + i) instead of row by row (i*OW + j)
import numpy as np


def im2col(x, kernel_h, kernel_w, stride=1, padding=0):
    n, c, h, w = x.shape
    oh = (h + 2 * padding - kernel_h) // stride + 1
    ow = (w + 2 * padding - kernel_w) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))  # zeros
    cols = np.zeros((n, c, kernel_h, kernel_w, oh, ow))
    for u in range(kernel_h):
        for v in range(kernel_w):
            # the pixel at offset (u, v) of every window, for all windows at once
            cols[:, :, u, v] = xp[:, :, u:u + stride * (oh - 1) + 1:stride, v:v + stride * (ow - 1) + 1:stride]
    return cols.transpose(0, 1, 2, 3, 5, 4).reshape(n, c * kernel_h * kernel_w, oh * ow)
