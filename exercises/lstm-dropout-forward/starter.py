import numpy as np


def lstm_forward_dropout(xs, h0, c0, W, b, p, x_masks):
    """LSTM over a sequence with Zaremba dropout on the non-recurrent input only.

    xs: [T, N, D] float64 inputs; h0, c0: [N, H] initial state
    W: [D+H, 4H], b: [4H]; gates = concat([x_t', h]) @ W + b, split in the order i, f, g, o
    p: dropout probability, 0 <= p < 1; x_masks: [T, N, D] 0/1 float masks, 1 = keep (one per step)
    x_t' = xs[t] * x_masks[t] / (1 - p); h and c are never dropped
    returns: (hs [T, N, H] — the hidden state after every step, c_T [N, H] — the last cell state)
    """
    raise NotImplementedError
