# expect: WRONG_ANSWER  — puts the new key/value at position 0 of the cache instead of at the end; the output is the same (attention ignores order) but the returned caches are not in time order
import numpy as np


def kv_cache_step(x, k_cache, v_cache, W_q, W_k, W_v, W_o, num_heads):
    B, D = x.shape
    dh = D // num_heads
    q = (x @ W_q).reshape(B, num_heads, 1, dh)
    k_new = np.concatenate([(x @ W_k).reshape(B, num_heads, 1, dh), k_cache], axis=2)
    v_new = np.concatenate([(x @ W_v).reshape(B, num_heads, 1, dh), v_cache], axis=2)
    s = q @ np.swapaxes(k_new, -1, -2) / np.sqrt(dh)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    return (w @ v_new).reshape(B, D) @ W_o, k_new, v_new
