import numpy as np


def rnn_forward_dropout(xs, h0, W_xh, W_hh, b_h, W_hy, b_y, p, x_masks, h_masks):
    """Vanilla RNN forward pass with Zaremba-style dropout (non-recurrent connections only).

    For t = 0..T-1:
        h_t = tanh((x_t * x_masks[t] / (1-p)) @ W_xh + h_{t-1} @ W_hh + b_h)
        y_t = (h_t * h_masks[t] / (1-p)) @ W_hy + b_y

    xs      : float64 [T, N, D]      h0 : [N, H]
    W_xh    : [D, H]   W_hh : [H, H]   b_h : [H]
    W_hy    : [H, O]   b_y  : [O]
    p       : float, 0 <= p < 1 (drop probability)
    x_masks : float64 0/1 [T, N, D]  (1 = keep), a different mask for every step
    h_masks : float64 0/1 [T, N, H]
    returns (ys [T, N, O], hs [T, N, H]); hs holds the undropped hidden states h_1..h_T
    """
    raise NotImplementedError
