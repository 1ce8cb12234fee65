# expect: WRONG_ANSWER  — g[:, targets] -= 1 subtracts 1 in every row at every target column, not one per row
import numpy as np


def cross_entropy_backward(logits, targets):
    n = logits.shape[0]
    e = np.exp(logits - np.max(logits, axis=1, keepdims=True))
    g = e / np.sum(e, axis=1, keepdims=True)
    g[:, targets] -= 1.0
    return g / n
