# expect: WRONG_ANSWER  — applies the reset gate to h before the matmul, n = tanh(x W_in + b_in + (r * h) W_hn + b_hn): the form of Cho et al. (2014) and Keras' reset_after=False, not the contract's (PyTorch, cuDNN)
import numpy as np


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    sig = lambda v: 1.0 / (1.0 + np.exp(-v))
    gi = x @ W_ih + b_ih
    r = sig(gi[:, :H] + h @ W_hh[:, :H] + b_hh[:H])
    z = sig(gi[:, H:2 * H] + h @ W_hh[:, H:2 * H] + b_hh[H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + (r * h) @ W_hh[:, 2 * H:] + b_hh[2 * H:])
    return (1.0 - z) * n + z * h
