# expect: WRONG_ANSWER  — the exact x·Φ(x) (erf) form; the contract asks for the tanh approximation, which differs by up to ~5e-4
import math
import numpy as np


def gelu(x):
    erf = np.vectorize(math.erf)
    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))
