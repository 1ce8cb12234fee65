# expect: WRONG_ANSWER  — downsamples by averaging stride x stride windows instead of taking every stride-th position
import numpy as np


def zero_pad_merge(x, fx, stride):
    n, c_in, h, w = x.shape
    ho, wo = fx.shape[2], fx.shape[3]
    sub = np.zeros((n, c_in, ho, wo))
    for i in range(ho):
        for j in range(wo):
            sub[:, :, i, j] = x[:, :, i * stride:(i + 1) * stride, j * stride:(j + 1) * stride].mean(axis=(2, 3))
    shortcut = np.zeros(fx.shape)
    shortcut[:, :c_in] = sub
    return np.maximum(fx + shortcut, 0.0)
