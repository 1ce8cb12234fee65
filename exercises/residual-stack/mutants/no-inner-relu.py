# expect: WRONG_ANSWER  — forgets the ReLU between the two layers of the block
import numpy as np


def residual_stack(x, W1, b1, W2, b2, use_shortcut):
    h = x
    for l in range(W1.shape[0]):
        f = (h @ W1[l] + b1[l]) @ W2[l] + b2[l]
        # Paper form: add the identity first, then the block's final ReLU.
        # The ablation keeps the same layers and only drops the "+ h".
        h = np.maximum(h + f, 0.0) if use_shortcut else np.maximum(f, 0.0)
    return h
