import numpy as np


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    """One step of a GRU cell (PyTorch's nn.GRUCell, batch-first weights).

    x : float64 [N, D];  h : [N, H];  W_ih : [D, 3H];  W_hh : [H, 3H];  b_ih, b_hh : [3H]
    gate blocks of H columns, in the order r, z, n:
        r = sigmoid(x W_ir + b_ir + h W_hr + b_hr)
        z = sigmoid(x W_iz + b_iz + h W_hz + b_hz)
        n = tanh(x W_in + b_in + r * (h W_hn + b_hn))
        h_next = (1 - z) * n + z * h
    returns h_next, float64 [N, H]
    """
    raise NotImplementedError
