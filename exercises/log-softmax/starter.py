import numpy as np


def log_softmax(x, axis=-1):
    """log(softmax(x)) along `axis`, computed stably.

    x: float64 array of any shape (entries may be as large as ±1e4).
    axis: the axis to normalise over (negative values count from the end).
    Returns an array of x's shape; every entry is finite and <= 0. Do not modify x.
    """
    raise NotImplementedError
