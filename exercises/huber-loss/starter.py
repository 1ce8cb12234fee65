import numpy as np


def huber_loss(pred, target, delta=1.0):
    """Huber loss as torch.nn.HuberLoss(delta=delta), mean reduction.

    d = pred - target (elementwise)
    l = 0.5 * d**2                       if |d| <= delta
        delta * (|d| - 0.5 * delta)      otherwise
    returns the mean of l over ALL elements, as a float

    pred, target : float64 arrays of the same (any) shape
    """
    raise NotImplementedError
