# expect: WRONG_ANSWER  — h_next = z * n + (1 - z) * h: the update gate weights the candidate instead of the old state (some texts write it this way; PyTorch does not)
import numpy as np


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    sig = lambda v: 1.0 / (1.0 + np.exp(-v))
    gi = x @ W_ih + b_ih
    gh = h @ W_hh + b_hh
    r = sig(gi[:, :H] + gh[:, :H])
    z = sig(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    return z * n + (1.0 - z) * h
