# expect: WRONG_ANSWER  — divides by p (the drop probability) instead of the keep probability 1-p
import numpy as np


def dropout(x, p, mask, training):
    if not training or p == 0.0:
        return x.copy()
    return x * mask / p
