# expect: WRONG_ANSWER  — builds rotate_half as [x2, -x1] instead of [-x2, x1], which rotates every pair by -angle
import numpy as np


def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    half = d // 2
    inv_freq = base ** (-2.0 * np.arange(half) / d)
    angles = positions.astype(np.float64)[:, None] * inv_freq
    cos = np.concatenate([np.cos(angles)] * 2, axis=-1)
    sin = np.concatenate([np.sin(angles)] * 2, axis=-1)
    rotated = np.concatenate([x[..., half:], -x[..., :half]], axis=-1)
    return x * cos + rotated * sin
