import numpy as np


def attention(q, k, v, mask=None):
    """Scaled dot-product attention.

    scores  = q @ k^T / sqrt(d)          (per batch element)
    scores[~mask] = -inf                 (when mask is given; True = may attend)
    weights = softmax(scores, axis=-1)   (over the keys, numerically stable)
    out     = weights @ v

    q : float64 [B, Tq, d],  k : [B, Tk, d],  v : [B, Tk, dv]
    mask : bool [B, Tq, Tk] or None; every row has at least one True
    returns (out [B, Tq, dv], weights [B, Tq, Tk])
    """
    raise NotImplementedError
