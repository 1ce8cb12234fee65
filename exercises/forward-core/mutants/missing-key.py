# expect: WRONG_ANSWER  — returns only the activation in the cache (key "z" missing)
import numpy as np


def forward_core(x, w, b):
    h = np.tanh(x @ w + b)
    return h, {"h": h}
