# expect: WRONG_ANSWER  — reads the gate blocks in the order z, r, n instead of r, z, n
import numpy as np


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    sig = lambda v: 1.0 / (1.0 + np.exp(-v))
    gi = x @ W_ih + b_ih
    gh = h @ W_hh + b_hh
    z = sig(gi[:, :H] + gh[:, :H])
    r = sig(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1.0 - z) * n + z * h
