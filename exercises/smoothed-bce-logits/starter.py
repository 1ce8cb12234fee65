import numpy as np


def smoothed_bce_with_logits(logits, targets, eps=0.1):
    """Mean binary cross-entropy between sigmoid(logits) and label-smoothed targets.

    logits: float64 array of any shape (entries may be as large as ±1e3).
    targets: float64 0/1 array of the same shape.
    eps: in [0, 1]; the smoothed target is targets * (1 - eps) + eps / 2.
    Returns a float. Must stay finite for logits of any size; do not modify the inputs.
    """
    raise NotImplementedError
