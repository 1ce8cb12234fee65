import numpy as np


def _split(z, num_heads):
    # [B, T, D] -> [B, h, T, d_h]: head j owns columns j*d_h .. (j+1)*d_h - 1
    B, T, D = z.shape
    return z.reshape(B, T, num_heads, D // num_heads).transpose(0, 2, 1, 3)


def multihead_attention(x, W_q, W_k, W_v, W_o, num_heads):
    B, T, D = x.shape
    q = _split(x @ W_q, num_heads)
    k = _split(x @ W_k, num_heads)
    v = _split(x @ W_v, num_heads)
    scores = q @ np.swapaxes(k, 2, 3) / np.sqrt(q.shape[-1])   # d_h, the width of one head
    future = np.triu(np.ones((T, T), dtype=bool), k=1)       # key j > query i
    scores = np.where(future, -np.inf, scores)
    scores = scores - scores.max(axis=-1, keepdims=True)     # the diagonal is always allowed
    e = np.exp(scores)
    weights = e / e.sum(axis=-1, keepdims=True)
    heads = weights @ v                                      # [B, h, T, d_h]
    concat = heads.transpose(0, 2, 1, 3).reshape(B, T, D)
    return concat @ W_o, weights
