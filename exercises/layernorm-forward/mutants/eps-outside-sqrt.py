# expect: WRONG_ANSWER  — divides by sqrt(var) + eps; wrong when the variance is comparable to eps
import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return gamma * (x - mean) / (np.sqrt(var) + eps) + beta
