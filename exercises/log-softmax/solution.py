import numpy as np


def log_softmax(x, axis=-1):
    # log softmax(x)_i = x_i - logsumexp(x); logsumexp is computed after shifting by the
    # per-slice maximum so that exp never overflows and the log never sees 0.
    m = np.max(x, axis=axis, keepdims=True)
    shifted = x - m
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
