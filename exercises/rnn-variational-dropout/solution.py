import numpy as np


def rnn_forward_variational(xs, h0, W_xh, W_hh, b_h, W_hy, b_y, p, x_mask, h_mask):
    scale = 1.0 / (1.0 - p)
    x_keep = x_mask * scale        # built once: the same units are dropped at every step
    h_keep = h_mask * scale
    h = h0
    ys, hs = [], []
    for t in range(xs.shape[0]):
        h = np.tanh((xs[t] * x_keep) @ W_xh + h @ W_hh + b_h)   # recurrent path not dropped
        ys.append((h * h_keep) @ W_hy + b_y)
        hs.append(h)
    return np.stack(ys), np.stack(hs)
