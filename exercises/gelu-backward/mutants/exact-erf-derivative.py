# expect: WRONG_ANSWER  — the derivative of the exact GELU x*Phi(x), Phi(x) + x*phi(x): up to ~1e-3 away from the tanh form's
import math

import numpy as np


def gelu_backward(x, dout):
    erf = np.vectorize(math.erf)
    cdf = 0.5 * (1.0 + erf(x / math.sqrt(2.0)))
    pdf = np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
    return dout * (cdf + x * pdf)
