# expect: WRONG_ANSWER  — compares the signed error d <= delta instead of |d| <= delta, so large negative errors stay quadratic
import numpy as np


def huber_loss(pred, target, delta=1.0):
    d = pred - target
    return float(np.mean(np.where(d <= delta, 0.5 * d * d, delta * (np.abs(d) - 0.5 * delta))))
