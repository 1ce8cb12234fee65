# expect: RUNTIME_ERROR  — the usual pe[:, 0::2] = sin, pe[:, 1::2] = cos with one frequency vector of length ceil(d/2): fine for an even width, a shape error for an odd one
import numpy as np


def sinusoidal_pe(positions, d_model, base=10000.0):
    pe = np.zeros((len(positions), d_model))
    div = np.exp(np.arange(0, d_model, 2) * (-np.log(base) / d_model))
    angles = positions.astype(np.float64)[:, None] * div
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe
