import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    """Batch normalization over the batch axis of x [N, D] (PyTorch BatchNorm1d conventions).

    training=True : normalize with the batch mean and the biased batch variance;
                    running_mean <- (1-momentum)*running_mean + momentum*batch_mean
                    running_var  <- (1-momentum)*running_var  + momentum*unbiased_batch_var
    training=False: normalize with running_mean / running_var; running stats are returned unchanged.
    y = gamma * (x - mean) / sqrt(var + eps) + beta

    gamma, beta, running_mean, running_var : float64 [D]
    returns (y [N, D], new_running_mean [D], new_running_var [D]) — do not modify the inputs in place
    """
    raise NotImplementedError
