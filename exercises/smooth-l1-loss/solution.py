import numpy as np


def smooth_l1_loss(pred, target, beta=1.0):
    a = np.abs(pred - target)
    if beta == 0.0:
        # the quadratic band is empty: plain L1, and no 0/0 from d**2 / beta
        return float(np.mean(a))
    loss = np.where(a < beta, 0.5 * a * a / beta, a - 0.5 * beta)
    return float(np.mean(loss))
