# expect: WRONG_ANSWER  — the seed's code: draws its own random rows instead of using the given idx
import numpy as np


def make_batch(x, y, idx):
    rows = np.random.choice(len(x), len(idx), replace=False)
    return x[rows], y[rows]
