# expect: WRONG_ANSWER  — takes log of a (stable) softmax: probabilities that underflow to 0 become log(0) = -inf
import numpy as np


def log_softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return np.log(e / np.sum(e, axis=axis, keepdims=True))
