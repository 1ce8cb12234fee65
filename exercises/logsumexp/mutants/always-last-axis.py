# expect: WRONG_ANSWER  — ignores the axis argument and always reduces the last axis
import numpy as np


def logsumexp(x, axis=-1):
    m = np.max(x, axis=-1, keepdims=True)
    return np.log(np.sum(np.exp(x - m), axis=-1)) + m[..., 0]
