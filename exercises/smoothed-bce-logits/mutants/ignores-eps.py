# expect: WRONG_ANSWER  — uses the hard 0/1 targets: right only when eps is 0
import numpy as np


def smoothed_bce_with_logits(logits, targets, eps=0.1):
    z = logits
    return float(np.mean(np.maximum(z, 0.0) - z * targets + np.log1p(np.exp(-np.abs(z)))))
