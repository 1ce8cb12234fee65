import numpy as np


def dropout(x, p, mask, training):
    if not training or p == 0.0:
        # evaluation uses every unit unscaled: the training-time scaling already kept the expectation equal
        return x.copy()
    return x * mask / (1.0 - p)
