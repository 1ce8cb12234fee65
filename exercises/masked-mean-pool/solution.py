import numpy as np


def masked_mean_pool(hs, lengths):
    steps = hs.shape[0]
    # valid[t, n] is True for the real steps of sequence n
    valid = np.arange(steps)[:, None] < lengths[None, :]
    weights = valid.astype(np.float64)[:, :, None]           # [T, N, 1] broadcasts over H
    total = np.sum(hs * weights, axis=0)
    return total / lengths.astype(np.float64)[:, None]
