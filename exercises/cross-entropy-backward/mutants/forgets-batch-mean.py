# expect: WRONG_ANSWER  — gradient of the summed loss: forgets to divide by N
import numpy as np


def cross_entropy_backward(logits, targets):
    e = np.exp(logits - np.max(logits, axis=1, keepdims=True))
    g = e / np.sum(e, axis=1, keepdims=True)
    g[np.arange(logits.shape[0]), targets] -= 1.0
    return g
