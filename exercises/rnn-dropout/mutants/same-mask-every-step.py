# expect: WRONG_ANSWER  — reuses the step-0 masks for the whole sequence (variational dropout); this exercise needs a fresh mask per step
import numpy as np


def rnn_forward_dropout(xs, h0, W_xh, W_hh, b_h, W_hy, b_y, p, x_masks, h_masks):
    scale = 1.0 / (1.0 - p)
    h = h0
    ys, hs = [], []
    for t in range(xs.shape[0]):
        h = np.tanh((xs[t] * x_masks[0] * scale) @ W_xh + h @ W_hh + b_h)
        ys.append((h * h_masks[0] * scale) @ W_hy + b_y)
        hs.append(h)
    return np.stack(ys), np.stack(hs)
