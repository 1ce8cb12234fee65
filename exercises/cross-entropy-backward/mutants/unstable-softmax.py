# expect: WRONG_ANSWER  — softmax without the max shift: exp(1e4) = inf gives NaN gradients
import numpy as np


def cross_entropy_backward(logits, targets):
    n = logits.shape[0]
    e = np.exp(logits)
    g = e / np.sum(e, axis=1, keepdims=True)
    g[np.arange(n), targets] -= 1.0
    return g / n
