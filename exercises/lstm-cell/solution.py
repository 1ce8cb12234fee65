import numpy as np


def _sigmoid(z):
    # exp of a non-positive number only: no overflow for large |z|
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_cell(x, h, c, W, b):
    H = h.shape[1]
    gates = np.concatenate([x, h], axis=1) @ W + b
    i = _sigmoid(gates[:, 0:H])
    f = _sigmoid(gates[:, H:2 * H])
    g = np.tanh(gates[:, 2 * H:3 * H])
    o = _sigmoid(gates[:, 3 * H:4 * H])
    c_next = f * c + i * g
    h_next = o * np.tanh(c_next)
    return h_next, c_next
