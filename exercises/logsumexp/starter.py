import numpy as np


def logsumexp(x, axis=-1):
    """Numerically stable log(sum(exp(x), axis)).

    x:    float64 array of any rank (entries may be as large as +-1e4)
    axis: the axis to reduce (negative values count from the end)
    returns: float64 array with `axis` removed (no keepdims)
    """
    raise NotImplementedError
