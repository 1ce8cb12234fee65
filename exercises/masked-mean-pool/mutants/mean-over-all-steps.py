# expect: WRONG_ANSWER  — averages over every step, padding included
import numpy as np


def masked_mean_pool(hs, lengths):
    return np.mean(hs, axis=0)
