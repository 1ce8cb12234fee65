import numpy as np


def layernorm_backward(x, gamma, dout, eps=1e-5):
    d = x.shape[-1]
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)        # biased, per row
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std

    lead = tuple(range(x.ndim - 1))                          # gamma/beta are shared by all rows
    dbeta = dout.sum(axis=lead)
    dgamma = (dout * x_hat).sum(axis=lead)
    # The row statistics couple the features, and gamma differs per feature,
    # so gamma goes inside the sums: g = dL/dx_hat = dout * gamma.
    g = dout * gamma
    dx = (inv_std / d) * (d * g - g.sum(axis=-1, keepdims=True)
                          - x_hat * (g * x_hat).sum(axis=-1, keepdims=True))
    return dx, dgamma, dbeta
