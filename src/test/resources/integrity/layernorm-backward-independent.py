import numpy as np


def layernorm_backward(x, gamma, dout, eps=1e-5):
    n = x.shape[-1]
    centered = x - np.mean(x, axis=-1, keepdims=True)
    variance = np.mean(centered * centered, axis=-1, keepdims=True)
    rstd = 1.0 / np.sqrt(variance + eps)
    xhat = centered * rstd
    flat_dout = dout.reshape(-1, n)
    dbeta = np.sum(flat_dout, axis=0)
    dgamma = np.sum(flat_dout * xhat.reshape(-1, n), axis=0)
    dxhat = dout * gamma
    dvar = np.sum(dxhat * centered, axis=-1, keepdims=True) * -0.5 * rstd ** 3
    dmean = np.sum(-dxhat * rstd, axis=-1, keepdims=True) + dvar * np.mean(-2.0 * centered, axis=-1, keepdims=True)
    dx = dxhat * rstd + dvar * 2.0 * centered / n + dmean / n
    return dx, dgamma, dbeta
