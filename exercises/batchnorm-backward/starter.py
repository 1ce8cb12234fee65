import numpy as np


def batchnorm_backward(x, gamma, dout, eps=1e-5):
    """Backward pass of training-mode batch norm y = gamma * (x - mean) / sqrt(var + eps) + beta.

    mean and var (biased, divide by N) are taken over the batch axis 0 of x and depend on x.
    x: [N, D] float64 (N >= 2), gamma: [D], dout = dL/dy: [N, D], eps: float
    returns: (dx [N, D], dgamma [D], dbeta [D])
    """
    raise NotImplementedError
