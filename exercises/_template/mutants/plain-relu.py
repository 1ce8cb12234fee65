# expect: WRONG_ANSWER  — ignores the slope: max(x, 0), the plain ReLU
import numpy as np


def leaky_relu(x, negative_slope):
    return np.maximum(x, 0.0)
