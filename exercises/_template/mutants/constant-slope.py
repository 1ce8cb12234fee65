# expect: WRONG_ANSWER  — outputs the slope itself for negative inputs instead of slope * x
import numpy as np


def leaky_relu(x, negative_slope):
    return np.where(x >= 0, x, negative_slope)
