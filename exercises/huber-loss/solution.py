import numpy as np


def huber_loss(pred, target, delta=1.0):
    a = np.abs(pred - target)
    quadratic = 0.5 * a * a
    linear = delta * (a - 0.5 * delta)      # meets the parabola with the same value and slope at |d| = delta
    return float(np.mean(np.where(a <= delta, quadratic, linear)))
