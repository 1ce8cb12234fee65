# expect: WRONG_ANSWER  — rotates row t by t * theta (arange(T)) and ignores the given positions, which is only right for a chunk starting at position 0
import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    half = d // 2
    inv_freq = base ** (-2.0 * np.arange(half) / d)
    angles = np.arange(x.shape[-2], dtype=np.float64)[:, None] * inv_freq
    cos, sin = np.cos(angles), np.sin(angles)
    x1, x2 = x[..., :half], x[..., half:]
    return np.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)
