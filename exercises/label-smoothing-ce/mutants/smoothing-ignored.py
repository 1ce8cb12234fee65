# expect: WRONG_ANSWER  — ignores eps and returns the plain cross-entropy
import numpy as np


def label_smoothing_ce(logits, targets, eps=0.1):
    n = logits.shape[0]
    s = logits - logits.max(axis=1, keepdims=True)
    lp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    return float(-lp[np.arange(n), targets].mean())
