# expect: WRONG_ANSWER  — sorts the indices, so the batch order (and the x/y pairing with idx) is lost
import numpy as np


def make_batch(x, y, idx):
    rows = np.sort(idx)
    return x[rows], y[rows]
