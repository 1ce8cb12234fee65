import numpy as np


def softmax(x, axis=-1):
    moved = np.moveaxis(x, axis, -1)
    out = np.empty_like(moved, dtype=np.float64)
    for index in np.ndindex(moved.shape[:-1]):
        row = moved[index]
        row = row - row.max()
        weights = np.exp(row)
        out[index] = weights / weights.sum()
    return np.moveaxis(out, -1, axis)
