# expect: WRONG_ANSWER  — hard-codes PyTorch's default slope 0.01 instead of the argument
import numpy as np


def leaky_relu(x, negative_slope):
    return np.where(x >= 0, x, 0.01 * x)
