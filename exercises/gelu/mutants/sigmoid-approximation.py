# expect: WRONG_ANSWER  — the other common approximation x·sigmoid(1.702x), not the one the contract fixes
import numpy as np


def gelu(x):
    return x / (1.0 + np.exp(-1.702 * x))
