# expect: WRONG_ANSWER  — divides the scores by sqrt(D) (the model width, as the reading's single-head code does) instead of sqrt(d_h), the width of one head
import numpy as np


def multihead_attention(x, W_q, W_k, W_v, W_o, num_heads):
    B, T, D = x.shape
    dh = D // num_heads
    q = (x @ W_q).reshape(B, T, num_heads, dh).transpose(0, 2, 1, 3)
    k = (x @ W_k).reshape(B, T, num_heads, dh).transpose(0, 2, 1, 3)
    v = (x @ W_v).reshape(B, T, num_heads, dh).transpose(0, 2, 1, 3)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(D)
    scores = np.where(np.triu(np.ones((T, T), dtype=bool), k=1), -np.inf, scores)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    return (w @ v).transpose(0, 2, 1, 3).reshape(B, T, D) @ W_o, w
