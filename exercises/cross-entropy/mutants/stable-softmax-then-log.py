# expect: WRONG_ANSWER  — stable softmax, but log of a probability that underflowed to 0 is -log(0) = inf
import numpy as np


def cross_entropy(logits, targets):
    e = np.exp(logits - np.max(logits, axis=1, keepdims=True))
    p = e / np.sum(e, axis=1, keepdims=True)
    return float(-np.mean(np.log(p[np.arange(len(targets)), targets])))
