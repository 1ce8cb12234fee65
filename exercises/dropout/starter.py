import numpy as np


def dropout(x, p, mask, training):
    """Inverted dropout with a given mask.

    x: float64 array of any shape.
    p: drop probability, 0 <= p < 1.
    mask: float64 array of x's shape with entries 0.0 (drop) or 1.0 (keep).
    training: bool.
    Returns x * mask / (1 - p) when training and p > 0, otherwise x (same values, same shape).
    """
    raise NotImplementedError
