# expect: WRONG_ANSWER  — reshapes [B, T, D] straight to [B, h, T, d_h] without the transpose, so a "head" mixes positions and feature blocks
import numpy as np


def multihead_attention(x, W_q, W_k, W_v, W_o, num_heads):
    B, T, D = x.shape
    dh = D // num_heads
    q = (x @ W_q).reshape(B, num_heads, T, dh)
    k = (x @ W_k).reshape(B, num_heads, T, dh)
    v = (x @ W_v).reshape(B, num_heads, T, dh)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(dh)
    scores = np.where(np.triu(np.ones((T, T), dtype=bool), k=1), -np.inf, scores)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    return (w @ v).reshape(B, T, D) @ W_o, w
