# expect: WRONG_ANSWER  — slides the window one pixel at a time whatever stride says (output too large when stride > 1)
import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    oh = (h + 2 * padding - kh) + 1
    ow = (wd + 2 * padding - kw) + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))  # zeros
    out = np.zeros((n, f, oh, ow))
    # Loop over the kernel offsets (u, v) only: for a fixed offset, the input pixels that meet
    # w[:, :, u, v] form a strided sub-grid of the padded image, and all outputs update at once.
    for u in range(kh):
        for v in range(kw):
            patch = xp[:, :, u:u + oh, v:v + ow]
            out += np.einsum('nchw,fc->nfhw', patch, w[:, :, u, v])
    return out + b[None, :, None, None]
