# expect: WRONG_ANSWER  — also drops the recurrent input h_{t-1} with h_mask (Gal & Ghahramani's full variant); the contract keeps the recurrence undropped
import numpy as np


def rnn_forward_variational(xs, h0, W_xh, W_hh, b_h, W_hy, b_y, p, x_mask, h_mask):
    scale = 1.0 / (1.0 - p)
    h = h0
    ys, hs = [], []
    for t in range(xs.shape[0]):
        h_prev = h * h_mask * scale if t > 0 else h
        h = np.tanh((xs[t] * x_mask * scale) @ W_xh + h_prev @ W_hh + b_h)
        ys.append((h * h_mask * scale) @ W_hy + b_y)
        hs.append(h)
    return np.stack(ys), np.stack(hs)
