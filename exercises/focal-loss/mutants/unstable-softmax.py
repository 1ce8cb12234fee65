# expect: WRONG_ANSWER  — softmax from exp(logits) without the max shift; +-1e4 logits give inf/nan
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    n = logits.shape[0]
    e = np.exp(logits)
    pt = (e / e.sum(axis=1, keepdims=True))[np.arange(n), targets]
    return float(np.mean(-((1.0 - pt) ** gamma) * np.log(pt)))
