# expect: WRONG_ANSWER  — puts the cosine in the even columns and the sine in the odd ones
import numpy as np


def sinusoidal_pe(positions, d_model, base=10000.0):
    cols = np.arange(d_model)
    omega = base ** (-2.0 * (cols // 2) / d_model)
    angles = positions.astype(np.float64)[:, None] * omega
    return np.where(cols % 2 == 0, np.cos(angles), np.sin(angles))
