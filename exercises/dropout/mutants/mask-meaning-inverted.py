# expect: WRONG_ANSWER  — treats mask==1 as "drop": keeps exactly the units the mask says to drop
import numpy as np


def dropout(x, p, mask, training):
    if not training or p == 0.0:
        return x.copy()
    return x * (1.0 - mask) / (1.0 - p)
