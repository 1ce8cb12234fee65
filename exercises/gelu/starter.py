import numpy as np


def gelu(x):
    """GELU, tanh approximation: 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x**3))).

    x: float64 array of any shape (values may be as large as ±1e4).
    Returns an array of x's shape. Do not modify x.
    """
    raise NotImplementedError
