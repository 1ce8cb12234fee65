# expect: WRONG_ANSWER  — ignores `training`: still drops and rescales at evaluation time
import numpy as np


def dropout(x, p, mask, training):
    if p == 0.0:
        return x.copy()
    return x * mask / (1.0 - p)
