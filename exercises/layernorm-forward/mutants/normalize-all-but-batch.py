# expect: WRONG_ANSWER  — normalizes over every axis except the first ([T, D] jointly for a [B, T, D] input); the contract uses only the last axis
import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    axes = tuple(range(1, x.ndim))
    mean = x.mean(axis=axes, keepdims=True)
    var = x.var(axis=axes, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta
