# expect: WRONG_ANSWER  — returns h_t*h_mask/(1-p) as hs instead of the undropped hidden states
import numpy as np


def rnn_forward_variational(xs, h0, W_xh, W_hh, b_h, W_hy, b_y, p, x_mask, h_mask):
    scale = 1.0 / (1.0 - p)
    h = h0
    ys, hs = [], []
    for t in range(xs.shape[0]):
        h = np.tanh((xs[t] * x_mask * scale) @ W_xh + h @ W_hh + b_h)
        hd = h * h_mask * scale
        ys.append(hd @ W_hy + b_y)
        hs.append(hd)
    return np.stack(ys), np.stack(hs)
