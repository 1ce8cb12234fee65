# expect: WRONG_ANSWER  — treats mean and variance as constants: dx = dout * gamma / std (drops both correction terms)
import numpy as np


def batchnorm_backward(x, gamma, dout, eps=1e-5):
    n = x.shape[0]
    mu = x.mean(axis=0)
    var = ((x - mu) ** 2).mean(axis=0)          # biased: the variance used in training-mode normalization
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std

    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    # Compact form of the chain rule through x_hat, mean and var (each x_i feeds all three):
    # dx = gamma/(N*std) * (N*dout - sum(dout) - x_hat * sum(dout*x_hat))
    dx = gamma * inv_std * dout
    return dx, dgamma, dbeta
