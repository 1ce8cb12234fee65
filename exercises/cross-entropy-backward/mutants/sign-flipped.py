# expect: WRONG_ANSWER  — returns (onehot - softmax)/N, the descent direction instead of the gradient
import numpy as np


def cross_entropy_backward(logits, targets):
    n = logits.shape[0]
    e = np.exp(logits - np.max(logits, axis=1, keepdims=True))
    g = -e / np.sum(e, axis=1, keepdims=True)
    g[np.arange(n), targets] += 1.0
    return g / n
