import numpy as np


def rope(x, positions, base=10000.0):
    """Rotary position embedding, "rotate half" layout.

    x : float64 [..., T, d] with d even;  positions : int64 [T], the absolute position of each row
    theta_i = base ** (-2i/d) for i = 0 .. d/2 - 1;  angle = positions[t] * theta_i
    the pair (x[..., i], x[..., i + d/2]) is rotated by angle:
        out[..., i]       = x[..., i] * cos - x[..., i + d/2] * sin
        out[..., i + d/2] = x[..., i + d/2] * cos + x[..., i] * sin
    returns float64, the shape of x
    """
    raise NotImplementedError
