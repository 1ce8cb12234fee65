import numpy as np


def kv_cache_step(x, k_cache, v_cache, W_q, W_k, W_v, W_o, num_heads):
    """One autoregressive decoding step of multi-head self-attention with a KV cache.

    x : float64 [B, D], the new token;  k_cache, v_cache : [B, h, T, d_h], keys/values of the T past positions
    W_q, W_k, W_v, W_o : [D, D];  num_heads = h divides D, d_h = D // h; head j owns columns j*d_h .. (j+1)*d_h - 1
    append the new token's key and value (position T), then attend over all T + 1 positions (scale 1/sqrt(d_h))
    returns (out [B, D], k_new [B, h, T+1, d_h], v_new [B, h, T+1, d_h])
    """
    raise NotImplementedError
