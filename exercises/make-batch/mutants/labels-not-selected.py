# expect: WRONG_ANSWER  — selects the samples but returns all labels ([N] instead of [B])
import numpy as np


def make_batch(x, y, idx):
    return x[idx], y
