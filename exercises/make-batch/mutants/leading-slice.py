# expect: WRONG_ANSWER  — takes the first B rows instead of the rows named by idx
import numpy as np


def make_batch(x, y, idx):
    b = len(idx)
    return x[:b], y[:b]
