import numpy as np


def rmsnorm(x, gamma, eps=1e-6):
    """RMSNorm over the last axis of x.

    x: float64 array of any rank, features last ([..., D]).
    gamma: float64 [D], the learned gain (there is no bias).
    eps: added to the mean square before the square root.
    Returns gamma * x / sqrt(mean(x**2 over the last axis) + eps), same shape as x.
    Do not modify the inputs in place.
    """
    raise NotImplementedError
