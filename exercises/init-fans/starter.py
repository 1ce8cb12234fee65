import numpy as np


def init_scales(w, negative_slope, use_tanh):
    """Fans and initialisation scales of a weight (only w.shape matters, not its values).

    w : float64, linear [D_in, D_out] (rank 2) or convolution [F, C, k1, ..., kn] (rank >= 3)
    fan_in / fan_out: D_in / D_out for rank 2; C * prod(k) / F * prod(k) for a convolution
    xavier gain: 5/3 if use_tanh else 1;  kaiming gain: sqrt(2 / (1 + negative_slope**2))
    returns float64 [6]:
      [fan_in, fan_out,
       xavier uniform bound  = g_x * sqrt(6 / (fan_in + fan_out)),
       xavier normal std     = g_x * sqrt(2 / (fan_in + fan_out)),
       kaiming uniform bound = g_k * sqrt(3 / fan_in),
       kaiming normal std    = g_k / sqrt(fan_out)]
    """
    raise NotImplementedError
