# expect: WRONG_ANSWER  — logsumexp without the max shift: exp(1e4) overflows, giving -inf/NaN
import numpy as np


def log_softmax(x, axis=-1):
    return x - np.log(np.sum(np.exp(x), axis=axis, keepdims=True))
