# expect: WRONG_ANSWER  — SmoothL1Loss (the seed's nn.SmoothL1Loss): 0.5 d^2/delta and |d| - 0.5 delta; equals Huber/delta, so it differs whenever delta != 1
import numpy as np


def huber_loss(pred, target, delta=1.0):
    a = np.abs(pred - target)
    return float(np.mean(np.where(a < delta, 0.5 * a * a / delta, a - 0.5 * delta)))
