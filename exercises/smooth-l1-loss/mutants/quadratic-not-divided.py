# expect: WRONG_ANSWER  — forgets the 1/beta of the quadratic piece, so the two pieces no longer meet at |d| = beta
import numpy as np


def smooth_l1_loss(pred, target, beta=1.0):
    a = np.abs(pred - target)
    return float(np.mean(np.where(a < beta, 0.5 * a * a, a - 0.5 * beta)))
