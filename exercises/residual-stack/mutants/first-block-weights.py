# expect: WRONG_ANSWER  — reuses block 0's weights in every block
import numpy as np


def residual_stack(x, W1, b1, W2, b2, use_shortcut):
    h = x
    for l in range(W1.shape[0]):
        f = np.maximum(h @ W1[0] + b1[0], 0.0) @ W2[0] + b2[0]
        # Paper form: add the identity first, then the block's final ReLU.
        # The ablation keeps the same layers and only drops the "+ h".
        h = np.maximum(h + f, 0.0) if use_shortcut else np.maximum(f, 0.0)
    return h
