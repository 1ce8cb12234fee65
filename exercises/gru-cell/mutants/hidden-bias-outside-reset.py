# expect: WRONG_ANSWER  — adds b_hn outside the reset gate, n = tanh(x W_in + b_in + r * (h W_hn) + b_hn); PyTorch keeps b_hn inside r * (...)
import numpy as np


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    sig = lambda v: 1.0 / (1.0 + np.exp(-v))
    gi = x @ W_ih + b_ih
    gh = h @ W_hh
    r = sig(gi[:, :H] + gh[:, :H] + b_hh[:H])
    z = sig(gi[:, H:2 * H] + gh[:, H:2 * H] + b_hh[H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:] + b_hh[2 * H:])
    return (1.0 - z) * n + z * h
