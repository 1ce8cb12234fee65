# expect: WRONG_ANSWER  — shifts by the global max instead of each slice's max: slices far below it underflow to -inf
import numpy as np


def logsumexp(x, axis=-1):
    m = np.max(x)
    return np.log(np.sum(np.exp(x - m), axis=axis)) + m
