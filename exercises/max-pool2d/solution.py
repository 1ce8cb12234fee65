import numpy as np


def max_pool2d(x, kernel=3, stride=2):
    n, c, h, w = x.shape
    oh = (h - kernel) // stride + 1
    ow = (w - kernel) // stride + 1
    out = np.full((n, c, oh, ow), -np.inf)
    # For each offset inside the window, the pixels at that offset of all windows form a strided grid;
    # the running element-wise maximum over the kernel*kernel offsets is the pooled map.
    for u in range(kernel):
        for v in range(kernel):
            grid = x[:, :, u:u + stride * (oh - 1) + 1:stride, v:v + stride * (ow - 1) + 1:stride]
            out = np.maximum(out, grid)
    return out
