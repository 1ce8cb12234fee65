# expect: WRONG_ANSWER  — returns x + F(x) without the ReLU after the addition
import numpy as np


def residual_block(x, W1, b1, W2, b2):
    return x + np.maximum(x @ W1 + b1, 0.0) @ W2 + b2
