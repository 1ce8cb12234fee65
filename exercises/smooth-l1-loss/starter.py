import numpy as np


def smooth_l1_loss(pred, target, beta=1.0):
    """Mean Smooth L1 loss (PyTorch nn.SmoothL1Loss(beta=beta)).

    pred, target: float64 arrays of the same shape (any rank).
    beta: >= 0; with d = pred - target, each element costs 0.5 * d**2 / beta where
    |d| < beta and |d| - 0.5 * beta elsewhere; beta == 0 is plain L1.
    Returns a float: the mean over all elements. Do not modify the inputs.
    """
    raise NotImplementedError
