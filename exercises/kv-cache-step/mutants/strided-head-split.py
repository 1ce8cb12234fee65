# expect: WRONG_ANSWER  — splits the heads with reshape(B, d_h, h) and a transpose, so head j takes the columns j, j+h, j+2h, ... instead of a contiguous block
import numpy as np


def kv_cache_step(x, k_cache, v_cache, W_q, W_k, W_v, W_o, num_heads):
    B, D = x.shape
    dh = D // num_heads

    def split(z):
        return z.reshape(B, dh, num_heads).transpose(0, 2, 1).reshape(B, num_heads, 1, dh)

    q = split(x @ W_q)
    k_new = np.concatenate([k_cache, split(x @ W_k)], axis=2)
    v_new = np.concatenate([v_cache, split(x @ W_v)], axis=2)
    s = q @ np.swapaxes(k_new, -1, -2) / np.sqrt(dh)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    heads = (w @ v_new).reshape(B, num_heads, dh).transpose(0, 2, 1).reshape(B, D)
    return heads @ W_o, k_new, v_new
