# expect: WRONG_ANSWER  — drops the 0.044715·x³ term inside tanh
import numpy as np


def gelu(x):
    return 0.5 * x * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * x))
