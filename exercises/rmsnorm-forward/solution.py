import numpy as np


def rmsnorm(x, gamma, eps=1e-6):
    # Unlike LayerNorm there is no centring: the root mean square of the raw
    # features is the only statistic, and gamma is the only learned parameter.
    mean_square = np.mean(x * x, axis=-1, keepdims=True)
    return x / np.sqrt(mean_square + eps) * gamma
