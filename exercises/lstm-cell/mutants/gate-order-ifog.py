# expect: WRONG_ANSWER  — splits the gates as i, f, o, g (the order of the RNN-regularization paper and reading) instead of the contract's i, f, g, o
import numpy as np


def lstm_cell(x, h, c, W, b):
    H = h.shape[1]
    z = np.concatenate([x, h], axis=1) @ W + b
    sig = lambda a: 1.0 / (1.0 + np.exp(-a))
    i, f, o, g = sig(z[:, :H]), sig(z[:, H:2 * H]), sig(z[:, 2 * H:3 * H]), np.tanh(z[:, 3 * H:])
    c_next = f * c + i * g
    return o * np.tanh(c_next), c_next
