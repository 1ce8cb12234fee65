# expect: WRONG_ANSWER  — projects the new token's key with W_v (a copy-paste slip), so the cached and the new keys disagree
import numpy as np


def kv_cache_step(x, k_cache, v_cache, W_q, W_k, W_v, W_o, num_heads):
    B, D = x.shape
    dh = D // num_heads
    q = (x @ W_q).reshape(B, num_heads, 1, dh)
    k_new = np.concatenate([k_cache, (x @ W_v).reshape(B, num_heads, 1, dh)], axis=2)
    v_new = np.concatenate([v_cache, (x @ W_v).reshape(B, num_heads, 1, dh)], axis=2)
    s = q @ np.swapaxes(k_new, -1, -2) / np.sqrt(dh)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    return (w @ v_new).reshape(B, D) @ W_o, k_new, v_new
