# expect: WRONG_ANSWER  — applies the masks without the 1/(1-p) scaling (the seed's masks already include it)
import numpy as np


def rnn_forward_variational(xs, h0, W_xh, W_hh, b_h, W_hy, b_y, p, x_mask, h_mask):
    h = h0
    ys, hs = [], []
    for t in range(xs.shape[0]):
        h = np.tanh((xs[t] * x_mask) @ W_xh + h @ W_hh + b_h)
        ys.append((h * h_mask) @ W_hy + b_y)
        hs.append(h)
    return np.stack(ys), np.stack(hs)
