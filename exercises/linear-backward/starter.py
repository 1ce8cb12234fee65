import numpy as np


def linear_backward(x, W, b, dout):
    """Gradients of a linear layer y = x @ W + b.

    x: [N, D], W: [D, O], b: [O], dout = dL/dy: [N, O] (all float64).
    Returns the tuple (dx [N, D], dW [D, O], db [O]).
    """
    raise NotImplementedError
