# expect: WRONG_ANSWER  — drops units but forgets the 1/(1-p) scaling, so the expected activation shrinks by (1-p)
import numpy as np


def dropout(x, p, mask, training):
    if not training or p == 0.0:
        return x.copy()
    return x * mask
