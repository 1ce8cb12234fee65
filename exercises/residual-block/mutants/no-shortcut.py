# expect: WRONG_ANSWER  — a plain two-layer block: forgets to add the identity shortcut x
import numpy as np


def residual_block(x, W1, b1, W2, b2):
    a1 = np.maximum(x @ W1 + b1, 0.0)
    return np.maximum(a1 @ W2 + b2, 0.0)
