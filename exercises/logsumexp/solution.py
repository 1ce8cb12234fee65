import numpy as np


def logsumexp(x, axis=-1):
    # Shift by the max of each slice so the largest exponent is exp(0) = 1:
    # nothing overflows, and at least one term of the sum is 1, so log never sees 0.
    m = np.max(x, axis=axis, keepdims=True)
    s = np.sum(np.exp(x - m), axis=axis, keepdims=True)
    return np.squeeze(np.log(s) + m, axis=axis)
