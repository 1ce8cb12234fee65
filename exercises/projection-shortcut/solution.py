import numpy as np


def projection_block(x, W1, b1, W2, b2, Ws):
    h = np.maximum(x @ W1 + b1, 0.0)      # first layer of the residual branch
    f = h @ W2 + b2                       # F(x): no ReLU before the addition
    shortcut = x @ Ws                     # projection makes D_in match D_out
    return np.maximum(shortcut + f, 0.0)  # ReLU after the sum, as in the paper
