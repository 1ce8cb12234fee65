# expect: WRONG_ANSWER  — rotates the adjacent pairs (2i, 2i+1) as the RoFormer paper writes it; the contract's layout pairs i with i + d/2
import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    inv_freq = base ** (-2.0 * np.arange(d // 2) / d)
    angles = positions.astype(np.float64)[:, None] * inv_freq
    cos, sin = np.cos(angles), np.sin(angles)
    out = np.empty_like(x)
    out[..., 0::2] = x[..., 0::2] * cos - x[..., 1::2] * sin
    out[..., 1::2] = x[..., 1::2] * cos + x[..., 0::2] * sin
    return out
