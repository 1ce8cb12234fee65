# expect: WRONG_ANSWER  — sums over the batch instead of taking the mean
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    n = logits.shape[0]
    s = logits - logits.max(axis=1, keepdims=True)
    lp = (s - np.log(np.exp(s).sum(axis=1, keepdims=True)))[np.arange(n), targets]
    return float(np.sum(-((1.0 - np.exp(lp)) ** gamma) * lp))
