# expect: WRONG_ANSWER  — averages over the C classes as well as the batch (np.mean of the [N, C] terms); sum over classes, mean over samples
import numpy as np


def label_smoothing_ce(logits, targets, eps=0.1):
    n, c = logits.shape
    s = logits - logits.max(axis=1, keepdims=True)
    lp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    q = np.full((n, c), eps / c)
    q[np.arange(n), targets] += 1.0 - eps
    return float(np.mean(-q * lp))
