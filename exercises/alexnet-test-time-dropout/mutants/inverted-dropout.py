# expect: WRONG_ANSWER  — the modern inverted form (scale by 1/(1-p) while training, identity at test time), not the paper's
import numpy as np


def alexnet_dropout(x, p, mask, training):
    if training:
        return x * mask / (1.0 - p)
    return x.copy()
