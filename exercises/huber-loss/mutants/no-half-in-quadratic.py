# expect: WRONG_ANSWER  — uses d^2 instead of 0.5 d^2 in the quadratic part (the two pieces no longer join smoothly)
import numpy as np


def huber_loss(pred, target, delta=1.0):
    a = np.abs(pred - target)
    return float(np.mean(np.where(a <= delta, a * a, delta * (a - 0.5 * delta))))
