import numpy as np


def gelu(x):
    c = np.sqrt(2.0 / np.pi)
    # np.tanh saturates to ±1 for huge arguments, so x = ±1e4 (x**3 = ±1e12) is safe
    return 0.5 * x * (1.0 + np.tanh(c * (x + 0.044715 * x ** 3)))
