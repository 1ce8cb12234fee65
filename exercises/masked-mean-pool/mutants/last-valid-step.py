# expect: WRONG_ANSWER  — returns each sequence's last real hidden state (last-step pooling) instead of the mean
import numpy as np


def masked_mean_pool(hs, lengths):
    return hs[lengths - 1, np.arange(hs.shape[1])]
