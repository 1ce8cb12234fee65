# expect: WRONG_ANSWER  — sums the focal term over every class (a multi-label/sigmoid-style form); the multiclass loss uses only the target class
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    s = logits - logits.max(axis=1, keepdims=True)
    lp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    return float(np.mean(np.sum(-((1.0 - np.exp(lp)) ** gamma) * lp, axis=1)))
