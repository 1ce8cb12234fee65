# expect: WRONG_ANSWER  — takes mean/var over axis 0 (that is batch norm); layer norm uses the last axis of each sample
import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=0, keepdims=True)
    var = x.var(axis=0, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta
