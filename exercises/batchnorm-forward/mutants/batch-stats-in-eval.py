# expect: WRONG_ANSWER  — ignores `training` and always normalizes with batch statistics (the classic "forgot model.eval()" bug)
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    n = x.shape[0]
    mean, var = x.mean(axis=0), x.var(axis=0)
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta, new_mean, new_var
