# expect: WRONG_ANSWER  — log(1 + exp(-z)) + (1 - t) z is exact algebra but exp(1000) overflows to inf
import numpy as np


def smoothed_bce_with_logits(logits, targets, eps=0.1):
    t = targets * (1.0 - eps) + 0.5 * eps
    z = logits
    return float(np.mean(np.log1p(np.exp(-z)) + (1.0 - t) * z))
