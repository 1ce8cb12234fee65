import numpy as np


def forward_core(x, w, b):
    z = x @ w + b          # b [D_out] broadcasts over the batch rows
    h = np.tanh(z)
    # The cache keeps the pre-activation: backprop needs tanh'(z) = 1 - h**2 and the layer input.
    return h, {"z": z, "h": h}
