import numpy as np


def residual_block_backward(x, W1, b1, W2, b2, dout):
    """Backward pass of y = relu(x + relu(x @ W1 + b1) @ W2 + b2).

    x: [N, D], W1: [D, H], b1: [H], W2: [H, D], b2: [D], dout = dL/dy: [N, D] (float64).
    Returns the tuple (dx [N, D], dW1 [D, H], db1 [H], dW2 [H, D], db2 [D]).
    """
    raise NotImplementedError
