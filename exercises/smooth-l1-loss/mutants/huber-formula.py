# expect: WRONG_ANSWER  — PyTorch HuberLoss(delta=beta) instead: beta times too large, equal only when beta is 1
import numpy as np


def smooth_l1_loss(pred, target, beta=1.0):
    a = np.abs(pred - target)
    return float(np.mean(np.where(a <= beta, 0.5 * a * a, beta * (a - 0.5 * beta))))
