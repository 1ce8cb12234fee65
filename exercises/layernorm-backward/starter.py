import numpy as np


def layernorm_backward(x, gamma, dout, eps=1e-5):
    """Backward pass of layer norm y = gamma * (x - mean) / sqrt(var + eps) + beta over the LAST axis.

    mean and var (biased, divide by D) are per row (per sample / token) and depend on x.
    x: [..., D] float64 (e.g. [N, D] or [B, T, D]), gamma: [D], dout = dL/dy: same shape as x, eps: float
    returns: (dx like x, dgamma [D], dbeta [D]) — dgamma/dbeta summed over every leading axis
    """
    raise NotImplementedError
