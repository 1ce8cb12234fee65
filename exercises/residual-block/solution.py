import numpy as np


def residual_block(x, W1, b1, W2, b2):
    a1 = np.maximum(x @ W1 + b1, 0.0)      # first layer + ReLU
    f = a1 @ W2 + b2                       # residual F(x): the second layer has no ReLU of its own
    return np.maximum(x + f, 0.0)          # identity shortcut, then the block's ReLU
