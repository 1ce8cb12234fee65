# expect: WRONG_ANSWER  — samples positions 1, 1+stride, ... (the centre of each window) instead of 0, stride, ...
import numpy as np


def zero_pad_merge(x, fx, stride):
    start = 1 if stride > 1 else 0
    sub = x[:, :, start::stride, start::stride]
    ho, wo = fx.shape[2], fx.shape[3]
    shortcut = np.zeros(fx.shape)
    shortcut[:, :sub.shape[1], :min(ho, sub.shape[2]), :min(wo, sub.shape[3])] = sub[:, :, :ho, :wo]
    return np.maximum(fx + shortcut, 0.0)
