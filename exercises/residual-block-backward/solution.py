import numpy as np


def residual_block_backward(x, W1, b1, W2, b2, dout):
    # forward, keeping what the backward pass needs
    z1 = x @ W1 + b1
    a1 = np.maximum(z1, 0.0)
    s = x + a1 @ W2 + b2                  # pre-activation of the block's output ReLU

    ds = dout * (s > 0)                   # through the output ReLU
    dW2 = a1.T @ ds
    db2 = ds.sum(axis=0)
    dz1 = (ds @ W2.T) * (z1 > 0)          # through the second layer, then the inner ReLU
    dW1 = x.T @ dz1
    db1 = dz1.sum(axis=0)
    dx = ds + dz1 @ W1.T                  # shortcut path + residual path
    return dx, dW1, db1, dW2, db2
