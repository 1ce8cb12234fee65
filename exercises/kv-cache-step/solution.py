import numpy as np


def kv_cache_step(x, k_cache, v_cache, W_q, W_k, W_v, W_o, num_heads):
    B, D = x.shape
    d_head = D // num_heads
    # [B, D] -> [B, h, 1, d_h]: head j owns columns j*d_h .. (j+1)*d_h - 1
    q = (x @ W_q).reshape(B, num_heads, 1, d_head)
    k_new = np.concatenate([k_cache, (x @ W_k).reshape(B, num_heads, 1, d_head)], axis=2)
    v_new = np.concatenate([v_cache, (x @ W_v).reshape(B, num_heads, 1, d_head)], axis=2)
    scores = q @ np.swapaxes(k_new, 2, 3) / np.sqrt(d_head)    # [B, h, 1, T+1]
    scores = scores - scores.max(axis=-1, keepdims=True)
    e = np.exp(scores)
    weights = e / e.sum(axis=-1, keepdims=True)
    heads = (weights @ v_new).reshape(B, D)                       # [B, h, 1, d_h] -> [B, D]
    return heads @ W_o, k_new, v_new
