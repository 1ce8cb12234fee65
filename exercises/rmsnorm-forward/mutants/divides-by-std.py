# expect: WRONG_ANSWER  — divides the raw x by its standard deviation, which is centred, instead of by its root mean square
import numpy as np


def rmsnorm(x, gamma, eps=1e-6):
    return x / np.sqrt(np.var(x, axis=-1, keepdims=True) + eps) * gamma
