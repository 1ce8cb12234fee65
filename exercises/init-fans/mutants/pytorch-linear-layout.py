# expect: WRONG_ANSWER  — reads a 2-D weight as PyTorch's nn.Linear layout [out, in] (fan_in = shape[1]); here linear weights are [D_in, D_out]
import math

import numpy as np


def init_scales(w, negative_slope, use_tanh):
    s = w.shape
    receptive = int(np.prod(s[2:])) if len(s) > 2 else 1
    fan_in, fan_out = s[1] * receptive, s[0] * receptive
    gx = 5.0 / 3.0 if use_tanh else 1.0
    gk = math.sqrt(2.0 / (1.0 + negative_slope ** 2))
    return np.array([fan_in, fan_out, gx * math.sqrt(6.0 / (fan_in + fan_out)), gx * math.sqrt(2.0 / (fan_in + fan_out)),
                     gk * math.sqrt(3.0 / fan_in), gk / math.sqrt(fan_out)])
