import numpy as np


def rnn_forward_dropout(xs, h0, W_xh, W_hh, b_h, W_hy, b_y, p, x_masks, h_masks):
    T = xs.shape[0]
    scale = 1.0 / (1.0 - p)
    h = h0
    ys, hs = [], []
    for t in range(T):
        x_drop = xs[t] * x_masks[t] * scale          # dropout on the input connection
        h = np.tanh(x_drop @ W_xh + h @ W_hh + b_h)  # the recurrent path h_{t-1} is never dropped
        h_drop = h * h_masks[t] * scale              # dropout on the hidden -> output connection only
        ys.append(h_drop @ W_hy + b_y)
        hs.append(h)
    return np.stack(ys), np.stack(hs)
