import numpy as np


def sinusoidal_pe(positions, d_model, base=10000.0):
    """Sinusoidal positional encoding of "Attention Is All You Need".

    positions : int64 [T];  d_model : int >= 1 (may be odd);  base : float
    column c has the frequency omega_c = base ** (-2 * (c // 2) / d_model)
    PE[t, c] = sin(positions[t] * omega_c) for even c, cos(positions[t] * omega_c) for odd c
    returns float64 [T, d_model]
    """
    raise NotImplementedError
