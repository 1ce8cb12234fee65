# expect: WRONG_ANSWER  — ignores the mask and returns the expectation x * (1 - p) in both modes
import numpy as np


def alexnet_dropout(x, p, mask, training):
    return x * (1.0 - p)
