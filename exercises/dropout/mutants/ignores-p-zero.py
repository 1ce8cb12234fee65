# expect: WRONG_ANSWER  — applies the mask whenever training, even for p = 0 where nothing may be dropped
import numpy as np


def dropout(x, p, mask, training):
    if not training:
        return x.copy()
    return x * mask / (1.0 - p)
