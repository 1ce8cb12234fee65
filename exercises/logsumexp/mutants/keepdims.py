# expect: WRONG_ANSWER  — keeps the reduced axis (shape [N, 1] instead of [N]): a shape mismatch
import numpy as np


def logsumexp(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    return np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True)) + m
