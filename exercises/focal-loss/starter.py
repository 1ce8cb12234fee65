import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    """Multiclass focal loss (Lin et al.), no alpha weighting.

    p_t  = softmax(logits[n])[targets[n]]
    loss = mean over n of  -(1 - p_t)**gamma * log(p_t)

    logits  : float64 [N, C] (entries up to about +-1e4)
    targets : int64 [N] in [0, C)
    gamma   : float >= 0
    returns a float
    """
    raise NotImplementedError
