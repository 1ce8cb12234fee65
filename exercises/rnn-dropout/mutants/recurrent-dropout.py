# expect: WRONG_ANSWER  — feeds the dropped hidden state into the recurrence; Zaremba never drops h_{t-1} -> h_t
import numpy as np


def rnn_forward_dropout(xs, h0, W_xh, W_hh, b_h, W_hy, b_y, p, x_masks, h_masks):
    scale = 1.0 / (1.0 - p)
    h_in = h0
    ys, hs = [], []
    for t in range(xs.shape[0]):
        h = np.tanh((xs[t] * x_masks[t] * scale) @ W_xh + h_in @ W_hh + b_h)
        h_drop = h * h_masks[t] * scale
        ys.append(h_drop @ W_hy + b_y)
        hs.append(h)
        h_in = h_drop
    return np.stack(ys), np.stack(hs)
