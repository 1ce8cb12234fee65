# expect: WRONG_ANSWER  — takes the mean square over the batch axis (axis 0) instead of the features
import numpy as np


def rmsnorm(x, gamma, eps=1e-6):
    mean_square = np.mean(x * x, axis=0, keepdims=True)
    return x / np.sqrt(mean_square + eps) * gamma
