# expect: WRONG_ANSWER  — returns the dropped copies h_t*mask/(1-p) as hs; hs must be the undropped hidden states
import numpy as np


def rnn_forward_dropout(xs, h0, W_xh, W_hh, b_h, W_hy, b_y, p, x_masks, h_masks):
    scale = 1.0 / (1.0 - p)
    h = h0
    ys, hs = [], []
    for t in range(xs.shape[0]):
        h = np.tanh((xs[t] * x_masks[t] * scale) @ W_xh + h @ W_hh + b_h)
        h_drop = h * h_masks[t] * scale
        ys.append(h_drop @ W_hy + b_y)
        hs.append(h_drop)
    return np.stack(ys), np.stack(hs)
