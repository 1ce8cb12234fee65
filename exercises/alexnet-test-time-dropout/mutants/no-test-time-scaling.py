# expect: WRONG_ANSWER  — drops units while training but forgets to scale at test time, so test outputs are too large
import numpy as np


def alexnet_dropout(x, p, mask, training):
    if training:
        return x * mask
    return x.copy()
