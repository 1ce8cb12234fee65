# expect: WRONG_ANSWER  — compares the signed error with beta: every negative error is treated as quadratic
import numpy as np


def smooth_l1_loss(pred, target, beta=1.0):
    d = pred - target
    a = np.abs(d)
    if beta == 0.0:
        return float(np.mean(a))
    return float(np.mean(np.where(d < beta, 0.5 * d * d / beta, a - 0.5 * beta)))
