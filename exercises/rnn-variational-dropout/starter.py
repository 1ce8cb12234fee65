import numpy as np


def rnn_forward_variational(xs, h0, W_xh, W_hh, b_h, W_hy, b_y, p, x_mask, h_mask):
    """Vanilla RNN forward pass with variational dropout: one mask for the whole sequence.

    For t = 0..T-1 (the same x_mask and h_mask at every step):
        h_t = tanh((x_t * x_mask / (1-p)) @ W_xh + h_{t-1} @ W_hh + b_h)
        y_t = (h_t * h_mask / (1-p)) @ W_hy + b_y

    xs     : float64 [T, N, D]      h0 : [N, H]
    W_xh   : [D, H]   W_hh : [H, H]   b_h : [H]
    W_hy   : [H, O]   b_y  : [O]
    p      : float, 0 <= p < 1
    x_mask : float64 0/1 [N, D]  (1 = keep)     h_mask : float64 0/1 [N, H]
    returns (ys [T, N, O], hs [T, N, H]); hs holds the undropped hidden states
    """
    raise NotImplementedError
