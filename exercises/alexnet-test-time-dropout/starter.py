import numpy as np


def alexnet_dropout(x, p, mask, training):
    """Dropout as the AlexNet paper describes it (not inverted).

    x: float64 array of any shape. p: drop probability, 0 <= p < 1.
    mask: float64 0/1 array of x's shape, 1 = keep (used only when training).
    training: True -> x * mask (no rescaling); False -> x * (1 - p).
    Returns a new array; do not modify the inputs.
    """
    raise NotImplementedError
