import numpy as np


def residual_stack(x, W1, b1, W2, b2, use_shortcut):
    """L two-layer blocks applied in sequence, with or without the identity shortcut.

    x: [N, D] float64; W1, W2: [L, D, D]; b1, b2: [L, D]; use_shortcut: bool
    block l: F = relu(h @ W1[l] + b1[l]) @ W2[l] + b2[l]
             h = relu(h + F) if use_shortcut else relu(F)
    returns: h after the last block, [N, D]
    """
    raise NotImplementedError
