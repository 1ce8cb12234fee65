# expect: WRONG_ANSWER  — the seed's LabelSmoothingLoss: target gets 1-eps and the others eps/(C-1); the contract spreads eps/C over ALL classes
import numpy as np


def label_smoothing_ce(logits, targets, eps=0.1):
    n, c = logits.shape
    s = logits - logits.max(axis=1, keepdims=True)
    lp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    q = np.full((n, c), eps / (c - 1))
    q[np.arange(n), targets] = 1.0 - eps
    return float(-(q * lp).sum(axis=1).mean())
