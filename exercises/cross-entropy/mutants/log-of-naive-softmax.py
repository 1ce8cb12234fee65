# expect: WRONG_ANSWER  — log of an unshifted softmax: exp(1e4) = inf and the loss becomes NaN/inf
import numpy as np


def cross_entropy(logits, targets):
    p = np.exp(logits) / np.sum(np.exp(logits), axis=1, keepdims=True)
    return float(-np.mean(np.log(p[np.arange(len(targets)), targets])))
