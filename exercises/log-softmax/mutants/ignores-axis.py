# expect: WRONG_ANSWER  — always normalises over the last axis
import numpy as np


def log_softmax(x, axis=-1):
    m = np.max(x, axis=-1, keepdims=True)
    return x - m - np.log(np.sum(np.exp(x - m), axis=-1, keepdims=True))
