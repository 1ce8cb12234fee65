# expect: WRONG_ANSWER  — adds eps after the square root: visible when the activations are small
import numpy as np


def rmsnorm(x, gamma, eps=1e-6):
    rms = np.sqrt(np.mean(x * x, axis=-1, keepdims=True))
    return x / (rms + eps) * gamma
