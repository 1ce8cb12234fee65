import numpy as np


def lstm_cell(x, h, c, W, b):
    """One LSTM step.

    gates = concat([x, h], axis=1) @ W + b, split into four blocks of H columns in the order i, f, g, o.
    i, f, o use the logistic sigmoid, g uses tanh;  c_next = f*c + i*g;  h_next = o * tanh(c_next).

    x : float64 [N, D]   h, c : [N, H]
    W : [D+H, 4H]        b : [4H]
    returns (h_next [N, H], c_next [N, H])
    """
    raise NotImplementedError
