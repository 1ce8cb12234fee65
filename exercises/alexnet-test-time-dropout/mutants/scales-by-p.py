# expect: WRONG_ANSWER  — scales by p instead of the keep probability 1 - p: right only for the paper's p = 0.5
import numpy as np


def alexnet_dropout(x, p, mask, training):
    if training:
        return x * mask
    return x * p
