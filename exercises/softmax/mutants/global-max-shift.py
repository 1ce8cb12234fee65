# expect: WRONG_ANSWER  — subtracts the global maximum instead of the per-slice maximum: slices far below it underflow to 0/0
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x))
    return e / np.sum(e, axis=axis, keepdims=True)
