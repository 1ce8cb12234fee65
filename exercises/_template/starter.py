import numpy as np


def leaky_relu(x, negative_slope):
    """x where x >= 0, negative_slope * x where x < 0.

    x: float64 array of any shape; negative_slope: float.
    Returns an array of x's shape. Do not modify x.
    """
    raise NotImplementedError
