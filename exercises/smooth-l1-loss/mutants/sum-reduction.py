# expect: WRONG_ANSWER  — sums over the elements instead of taking the mean
import numpy as np


def smooth_l1_loss(pred, target, beta=1.0):
    a = np.abs(pred - target)
    if beta == 0.0:
        return float(np.sum(a))
    return float(np.sum(np.where(a < beta, 0.5 * a * a / beta, a - 0.5 * beta)))
