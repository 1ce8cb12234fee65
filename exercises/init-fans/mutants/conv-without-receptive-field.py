# expect: WRONG_ANSWER  — uses fan_in = C and fan_out = F for a convolution, forgetting that every input channel contributes a whole kernel window
import math

import numpy as np


def init_scales(w, negative_slope, use_tanh):
    s = w.shape
    fan_in, fan_out = (s[0], s[1]) if len(s) == 2 else (s[1], s[0])
    gx = 5.0 / 3.0 if use_tanh else 1.0
    gk = math.sqrt(2.0 / (1.0 + negative_slope ** 2))
    return np.array([fan_in, fan_out, gx * math.sqrt(6.0 / (fan_in + fan_out)), gx * math.sqrt(2.0 / (fan_in + fan_out)),
                     gk * math.sqrt(3.0 / fan_in), gk / math.sqrt(fan_out)])
