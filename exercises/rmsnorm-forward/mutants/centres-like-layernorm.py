# expect: WRONG_ANSWER  — subtracts the row mean first (that is LayerNorm without beta, not RMSNorm)
import numpy as np


def rmsnorm(x, gamma, eps=1e-6):
    centred = x - np.mean(x, axis=-1, keepdims=True)
    mean_square = np.mean(centred * centred, axis=-1, keepdims=True)
    return centred / np.sqrt(mean_square + eps) * gamma
