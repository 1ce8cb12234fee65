import numpy as np


def sinusoidal_pe(positions, d_model, base=10000.0):
    cols = np.arange(d_model)
    omega = base ** (-2.0 * (cols // 2) / d_model)               # columns 2i and 2i+1 share a frequency
    angles = positions.astype(np.float64)[:, None] * omega       # [T, d_model]
    return np.where(cols % 2 == 0, np.sin(angles), np.cos(angles))
