import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if training:
        n = x.shape[0]
        mean = x.mean(axis=0)
        var = ((x - mean) ** 2).mean(axis=0)           # biased: used to normalize
        unbiased = var * n / (n - 1)                   # PyTorch stores the unbiased estimate
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * unbiased
    else:
        mean, var = running_mean, running_var
        new_mean, new_var = running_mean.copy(), running_var.copy()
    y = gamma * (x - mean) / np.sqrt(var + eps) + beta
    return y, new_mean, new_var
