# expect: WRONG_ANSWER  — the multiclass formula misapplied: t*(1-eps) + eps moves the negatives to eps and the positives stay at 1
import numpy as np


def smoothed_bce_with_logits(logits, targets, eps=0.1):
    t = targets * (1.0 - eps) + eps
    z = logits
    return float(np.mean(np.maximum(z, 0.0) - z * t + np.log1p(np.exp(-np.abs(z)))))
