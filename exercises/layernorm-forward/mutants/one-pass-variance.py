# expect: WRONG_ANSWER  — var = E[x^2] - E[x]^2 cancels catastrophically for rows with a large offset (mean 1e5, std 1e-2)
import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = (x * x).mean(axis=-1, keepdims=True) - mean * mean
    return gamma * (x - mean) / np.sqrt(np.maximum(var, 0.0) + eps) + beta
