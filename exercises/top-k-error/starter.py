import numpy as np


def topk_error(logits, targets, k):
    """Fraction of rows whose target class is NOT among the k largest logits.

    logits:  [N, C] float64 (no ties within a row)
    targets: [N] int64 class indices in [0, C)
    k:       1 <= k <= C
    returns: a Python float (or 0-d array) in [0, 1]
    """
    raise NotImplementedError
