import numpy as np


def softmax(x, axis=-1):
    """Numerically stable softmax of x along `axis`.

    x: float64 array of any shape (entries may be as large as ±1e4).
    axis: the axis to normalise over (negative values count from the end).
    Returns an array of the same shape as x whose slices along `axis` are
    non-negative and sum to 1. Do not modify x in place.
    """
    raise NotImplementedError
