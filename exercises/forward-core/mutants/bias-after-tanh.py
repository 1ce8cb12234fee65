# expect: WRONG_ANSWER  — adds the bias after the activation: h = tanh(x @ w) + b
import numpy as np


def forward_core(x, w, b):
    z = x @ w
    h = np.tanh(z) + b
    return h, {"z": z + b, "h": h}
