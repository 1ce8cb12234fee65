# expect: WRONG_ANSWER  — exponentiates the raw logits: exp(1e4) overflows to inf and inf/inf gives NaN
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x)
    return e / np.sum(e, axis=axis, keepdims=True)
