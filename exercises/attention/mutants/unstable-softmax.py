# expect: WRONG_ANSWER  — exponentiates the raw scores; with scores in the thousands exp overflows to inf and the weights become nan
import numpy as np


def attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    e = np.exp(scores)
    if mask is not None:
        e = np.where(mask, e, 0.0)
    w = e / e.sum(axis=-1, keepdims=True)
    return w @ v, w
