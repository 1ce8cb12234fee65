# expect: WRONG_ANSWER  — forgets to update the running statistics in training mode
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if training:
        mean, var = x.mean(axis=0), x.var(axis=0)
    else:
        mean, var = running_mean, running_var
    return gamma * (x - mean) / np.sqrt(var + eps) + beta, running_mean.copy(), running_var.copy()
