# expect: WRONG_ANSWER  — no ReLU between the two layers, so F collapses to one linear map
import numpy as np


def residual_block(x, W1, b1, W2, b2):
    return np.maximum(x + (x @ W1 + b1) @ W2 + b2, 0.0)
