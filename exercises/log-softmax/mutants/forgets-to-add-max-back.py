# expect: WRONG_ANSWER  — computes log sum exp(x - m) but subtracts it from x instead of x - m (drops the max term)
import numpy as np


def log_softmax(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    return x - np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))
