# expect: WRONG_ANSWER  — shifts by the max but never adds it back
import numpy as np


def logsumexp(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    return np.log(np.sum(np.exp(x - m), axis=axis))
