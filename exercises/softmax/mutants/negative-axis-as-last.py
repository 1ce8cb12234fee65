# expect: WRONG_ANSWER  — treats every negative axis as the last one (right for -1 only; -2 is the second to last)
import numpy as np


def softmax(x, axis=-1):
    # Softmax is invariant to adding a constant along the axis: subtracting the
    # per-slice maximum makes the largest exponent exp(0) = 1, so nothing overflows
    # and the denominator is at least 1.
    if axis < 0:
        axis = x.ndim - 1
    shifted = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)
