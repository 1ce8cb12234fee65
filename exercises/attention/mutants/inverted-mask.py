# expect: WRONG_ANSWER  — reads True as "masked out" (the convention of nn.MultiheadAttention's boolean attn_mask), so it attends exactly where it may not
import numpy as np


def attention(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    if mask is not None:
        scores = np.where(mask, -np.inf, scores)
    scores = scores - scores.max(axis=-1, keepdims=True)   # every row has a finite max (>= 1 allowed key)
    e = np.exp(scores)
    weights = e / e.sum(axis=-1, keepdims=True)
    return weights @ v, weights
