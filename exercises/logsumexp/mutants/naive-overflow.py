# expect: WRONG_ANSWER  — no max shift: exp(1e4) overflows to inf, exp(-1e4) underflows to log(0) = -inf
import numpy as np


def logsumexp(x, axis=-1):
    return np.log(np.sum(np.exp(x), axis=axis))
