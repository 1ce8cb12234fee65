# expect: WRONG_ANSWER  — copies the batch-norm formula: gamma factored out of the row sums, wrong when gamma differs per feature
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
    dx = (gamma * inv_std / d) * (d * dout - dout.sum(axis=-1, keepdims=True)
                                  - x_hat * (dout * x_hat).sum(axis=-1, keepdims=True))
    return dx, dgamma, dbeta
