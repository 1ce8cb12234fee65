import math

import numpy as np


def init_scales(w, negative_slope, use_tanh):
    shape = w.shape
    if len(shape) == 2:
        fan_in, fan_out = shape[0], shape[1]          # linear weights here are [D_in, D_out]
    else:
        receptive = int(np.prod(shape[2:]))           # conv weights are [F, C, k1, k2, ...]
        fan_in, fan_out = shape[1] * receptive, shape[0] * receptive
    xavier_gain = 5.0 / 3.0 if use_tanh else 1.0
    kaiming_gain = math.sqrt(2.0 / (1.0 + negative_slope ** 2))
    return np.array([
        fan_in,
        fan_out,
        xavier_gain * math.sqrt(6.0 / (fan_in + fan_out)),    # xavier_uniform_ bound
        xavier_gain * math.sqrt(2.0 / (fan_in + fan_out)),    # xavier_normal_ std
        kaiming_gain * math.sqrt(3.0 / fan_in),               # kaiming_uniform_ bound, mode fan_in
        kaiming_gain / math.sqrt(fan_out),                    # kaiming_normal_ std, mode fan_out
    ], dtype=np.float64)
