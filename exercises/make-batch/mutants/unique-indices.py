# expect: WRONG_ANSWER  — np.unique drops repeated indices (sampling with replacement) and sorts
import numpy as np


def make_batch(x, y, idx):
    rows = np.unique(idx)
    return x[rows], y[rows]
