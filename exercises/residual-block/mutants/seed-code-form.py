# expect: WRONG_ANSWER  — the seed's NumPy block: ReLU on the second layer and no ReLU after the addition, relu(relu(xW1+b1)W2+b2) + x
import numpy as np


def residual_block(x, W1, b1, W2, b2):
    a1 = np.maximum(x @ W1 + b1, 0.0)
    a2 = np.maximum(a1 @ W2 + b2, 0.0)
    return a2 + x
