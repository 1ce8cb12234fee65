import numpy as np


def conv2d_backward(x, w, b, dout, stride=1, padding=0):
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    oh, ow = dout.shape[2], dout.shape[3]
    s = stride
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    dxp = np.zeros(xp.shape)
    dw = np.zeros(w.shape)
    # For a fixed kernel offset (u, v), the pixels that meet w[:, :, u, v] are a strided sub-grid of the padded
    # image: the forward pass is a matrix product there, so both gradients are matrix products too.
    for u in range(kh):
        for v in range(kw):
            rows = slice(u, u + s * (oh - 1) + 1, s)
            cols = slice(v, v + s * (ow - 1) + 1, s)
            dw[:, :, u, v] = np.einsum('nchw,nfhw->fc', xp[:, :, rows, cols], dout)
            dxp[:, :, rows, cols] += np.einsum('nfhw,fc->nchw', dout, w[:, :, u, v])
    dx = dxp[:, :, padding:padding + h, padding:padding + wd]  # the padding's gradient is dropped
    db = np.einsum('nfhw->f', dout)
    return dx, dw, db
