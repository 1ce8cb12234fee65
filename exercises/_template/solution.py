import numpy as np


def leaky_relu(x, negative_slope):
    return np.where(x >= 0, x, negative_slope * x)
