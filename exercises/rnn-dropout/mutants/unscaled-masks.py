# expect: WRONG_ANSWER  — multiplies by the masks but forgets the 1/(1-p) inverted-dropout scaling
import numpy as np


def rnn_forward_dropout(xs, h0, W_xh, W_hh, b_h, W_hy, b_y, p, x_masks, h_masks):
    h = h0
    ys, hs = [], []
    for t in range(xs.shape[0]):
        h = np.tanh((xs[t] * x_masks[t]) @ W_xh + h @ W_hh + b_h)
        ys.append((h * h_masks[t]) @ W_hy + b_y)
        hs.append(h)
    return np.stack(ys), np.stack(hs)
