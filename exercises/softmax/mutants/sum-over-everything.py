# expect: WRONG_ANSWER  — divides by the sum over the whole tensor, so only the total (not each slice) sums to 1
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e)
