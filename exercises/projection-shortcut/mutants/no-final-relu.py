# expect: WRONG_ANSWER  — returns the pre-activation x@Ws + F(x); the block ends with a ReLU after the sum
import numpy as np


def projection_block(x, W1, b1, W2, b2, Ws):
    h = np.maximum(x @ W1 + b1, 0.0)
    return x @ Ws + h @ W2 + b2
