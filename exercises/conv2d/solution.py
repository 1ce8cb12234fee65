import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    oh = (h + 2 * padding - kh) // stride + 1
    ow = (wd + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))  # zeros
    out = np.zeros((n, f, oh, ow))
    # Loop over the kernel offsets (u, v) only: for a fixed offset, the input pixels that meet
    # w[:, :, u, v] form a strided sub-grid of the padded image, and all outputs update at once.
    for u in range(kh):
        for v in range(kw):
            patch = xp[:, :, u:u + stride * (oh - 1) + 1:stride, v:v + stride * (ow - 1) + 1:stride]
            out += np.einsum('nchw,fc->nfhw', patch, w[:, :, u, v])
    return out + b[None, :, None, None]
