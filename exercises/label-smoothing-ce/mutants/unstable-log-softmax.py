# expect: WRONG_ANSWER  — log(softmax) computed from exp(logits) directly; +-1e4 logits overflow to inf/nan
import numpy as np


def label_smoothing_ce(logits, targets, eps=0.1):
    n, c = logits.shape
    e = np.exp(logits)
    lp = np.log(e / e.sum(axis=1, keepdims=True))
    q = np.full((n, c), eps / c)
    q[np.arange(n), targets] += 1.0 - eps
    return float(-(q * lp).sum(axis=1).mean())
