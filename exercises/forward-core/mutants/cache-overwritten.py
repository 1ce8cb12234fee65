# expect: WRONG_ANSWER  — applies tanh in place, so the cached "z" is silently the activation too
import numpy as np


def forward_core(x, w, b):
    z = x @ w + b
    h = np.tanh(z, out=z)
    return h, {"z": z, "h": h}
