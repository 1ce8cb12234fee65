import numpy as np


def masked_mean_pool(hs, lengths):
    """Mean of each sequence's hidden states over its real (unpadded) steps.

    hs: float64 [T, N, H], time-major; steps t >= lengths[n] of sequence n are padding
        (they hold arbitrary values, not zeros).
    lengths: int64 [N], 1 <= lengths[n] <= T.
    Returns float64 [N, H]: out[n] = mean of hs[t, n] for t < lengths[n].
    Do not modify the inputs.
    """
    raise NotImplementedError
