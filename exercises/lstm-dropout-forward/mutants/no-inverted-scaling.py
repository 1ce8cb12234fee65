# expect: WRONG_ANSWER  — multiplies by the mask but forgets the 1/(1-p) rescaling of inverted dropout
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_forward_dropout(xs, h0, c0, W, b, p, x_masks):
    T, N, _ = xs.shape
    H = h0.shape[1]
    h, c = h0, c0
    hs = np.empty((T, N, H))
    for t in range(T):
        # Zaremba: inverted dropout on the layer input only, with this step's own mask.
        x = xs[t] * x_masks[t]
        gates = np.concatenate([x, h], axis=1) @ W + b      # h enters undropped (recurrent path)
        i = _sigmoid(gates[:, 0:H])
        f = _sigmoid(gates[:, H:2 * H])
        g = np.tanh(gates[:, 2 * H:3 * H])
        o = _sigmoid(gates[:, 3 * H:4 * H])
        c = f * c + i * g
        h = o * np.tanh(c)
        hs[t] = h
    return hs, c
