# expect: WRONG_ANSWER  — computes the Kaiming normal std with fan_in (PyTorch's default mode) although the contract asks for mode fan_out (torchvision's ResNet init)
import math

import numpy as np


def init_scales(w, negative_slope, use_tanh):
    s = w.shape
    if len(s) == 2:
        fan_in, fan_out = s[0], s[1]
    else:
        r = int(np.prod(s[2:]))
        fan_in, fan_out = s[1] * r, s[0] * r
    gx = 5.0 / 3.0 if use_tanh else 1.0
    gk = math.sqrt(2.0 / (1.0 + negative_slope ** 2))
    return np.array([fan_in, fan_out, gx * math.sqrt(6.0 / (fan_in + fan_out)), gx * math.sqrt(2.0 / (fan_in + fan_out)),
                     gk * math.sqrt(3.0 / fan_in), gk / math.sqrt(fan_in)])
