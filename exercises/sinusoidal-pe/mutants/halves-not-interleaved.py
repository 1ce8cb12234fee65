# expect: WRONG_ANSWER  — concatenates [sin | cos] (all sines first, as some tensor2tensor-style code does) instead of interleaving sin and cos column by column
import numpy as np


def sinusoidal_pe(positions, d_model, base=10000.0):
    n_sin = (d_model + 1) // 2
    omega = base ** (-2.0 * np.arange(n_sin) / d_model)
    angles = positions.astype(np.float64)[:, None] * omega
    return np.concatenate([np.sin(angles), np.cos(angles)[:, : d_model // 2]], axis=1)
