# expect: WRONG_ANSWER  — off by one: t <= length also sums the first padded step
import numpy as np


def masked_mean_pool(hs, lengths):
    valid = (np.arange(hs.shape[0])[:, None] <= lengths[None, :]).astype(np.float64)
    return np.sum(hs * valid[:, :, None], axis=0) / lengths.astype(np.float64)[:, None]
