# expect: WRONG_ANSWER  — computes log(p_t + 1e-8) from the softmax; when p_t underflows the loss is capped near 18 instead of ~1e4
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    n = logits.shape[0]
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    pt = p[np.arange(n), targets]
    return float(np.mean(-((1.0 - pt) ** gamma) * np.log(pt + 1e-8)))
