# expect: WRONG_ANSWER  — masks the padding out of the sum but still divides by T instead of each sequence's length
import numpy as np


def masked_mean_pool(hs, lengths):
    valid = (np.arange(hs.shape[0])[:, None] < lengths[None, :]).astype(np.float64)
    return np.sum(hs * valid[:, :, None], axis=0) / hs.shape[0]
