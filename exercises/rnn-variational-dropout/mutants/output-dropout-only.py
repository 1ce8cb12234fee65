# expect: WRONG_ANSWER  — drops only the hidden->output connection and forgets the input mask
import numpy as np


def rnn_forward_variational(xs, h0, W_xh, W_hh, b_h, W_hy, b_y, p, x_mask, h_mask):
    scale = 1.0 / (1.0 - p)
    h = h0
    ys, hs = [], []
    for t in range(xs.shape[0]):
        h = np.tanh(xs[t] @ W_xh + h @ W_hh + b_h)
        ys.append((h * h_mask * scale) @ W_hy + b_y)
        hs.append(h)
    return np.stack(ys), np.stack(hs)
