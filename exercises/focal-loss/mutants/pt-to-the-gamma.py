# expect: WRONG_ANSWER  — weights by p_t**gamma instead of (1 - p_t)**gamma (down-weights the hard examples instead of the easy ones)
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    n = logits.shape[0]
    s = logits - logits.max(axis=1, keepdims=True)
    lp = (s - np.log(np.exp(s).sum(axis=1, keepdims=True)))[np.arange(n), targets]
    return float(np.mean(-(np.exp(lp) ** gamma) * lp))
