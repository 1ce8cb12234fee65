import numpy as np


def multihead_attention(x, W_q, W_k, W_v, W_o, num_heads):
    """Causal multi-head self-attention with an output projection.

    x : float64 [B, T, D];  W_q, W_k, W_v, W_o : [D, D];  num_heads divides D, d_h = D // num_heads
    Q = x @ W_q, K = x @ W_k, V = x @ W_v; head j uses columns j*d_h .. (j+1)*d_h - 1
    per head: weights = softmax(Q_j K_j^T / sqrt(d_h) with key > query set to -inf), O_j = weights @ V_j
    out = concat(O_0, ..., O_{h-1} along features) @ W_o
    returns (out [B, T, D], weights [B, num_heads, T, T])
    """
    raise NotImplementedError
