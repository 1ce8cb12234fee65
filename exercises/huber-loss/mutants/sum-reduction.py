# expect: WRONG_ANSWER  — sums the elementwise losses instead of averaging them
import numpy as np


def huber_loss(pred, target, delta=1.0):
    a = np.abs(pred - target)
    return float(np.sum(np.where(a <= delta, 0.5 * a * a, delta * (a - 0.5 * delta))))
