# expect: WRONG_ANSWER  — uses the column index c in the exponent (base^(-c/d_model)) instead of 2*(c//2), so the sine and cosine of a pair get different frequencies
import numpy as np


def sinusoidal_pe(positions, d_model, base=10000.0):
    cols = np.arange(d_model)
    omega = base ** (-cols / d_model)
    angles = positions.astype(np.float64)[:, None] * omega
    return np.where(cols % 2 == 0, np.sin(angles), np.cos(angles))
