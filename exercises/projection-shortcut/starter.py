import numpy as np


def projection_block(x, W1, b1, W2, b2, Ws):
    """Residual block whose shortcut is a linear projection (ResNet option B).

    y = relu(x @ Ws + relu(x @ W1 + b1) @ W2 + b2)

    x  : float64 [N, D_in]
    W1 : [D_in, H],  b1 : [H]
    W2 : [H, D_out], b2 : [D_out]
    Ws : [D_in, D_out]  projection used on the shortcut (no bias)
    returns float64 [N, D_out]
    """
    raise NotImplementedError
