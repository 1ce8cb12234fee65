import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    centered = x - mean
    var = (centered ** 2).mean(axis=-1, keepdims=True)   # two-pass: no cancellation for large offsets
    return gamma * centered / np.sqrt(var + eps) + beta
