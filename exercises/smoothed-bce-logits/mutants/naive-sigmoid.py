# expect: WRONG_ANSWER  — takes log(sigmoid(z)) directly: for |z| near 1e3 the sigmoid rounds to 0 or 1 and the log is -inf
import numpy as np


def smoothed_bce_with_logits(logits, targets, eps=0.1):
    t = targets * (1.0 - eps) + 0.5 * eps
    s = 1.0 / (1.0 + np.exp(-logits))
    return float(np.mean(-t * np.log(s) - (1.0 - t) * np.log(1.0 - s)))
