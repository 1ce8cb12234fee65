import numpy as np


def make_batch(x, y, idx):
    """Select the mini-batch given by idx.

    x:   [N, ...] float64 samples (e.g. [N, D] features or [N, C, H, W] images)
    y:   [N] int64 labels
    idx: [B] int64 row indices, in batch order (may repeat)
    returns: (x_batch [B, ...] float64, y_batch [B] int64)
    """
    raise NotImplementedError
