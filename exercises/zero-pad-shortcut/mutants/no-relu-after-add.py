# expect: WRONG_ANSWER  — returns fx + shortcut(x) without the ReLU that follows the addition in the paper's block
import numpy as np


def zero_pad_merge(x, fx, stride):
    sub = x[:, :, ::stride, ::stride]
    shortcut = np.zeros(fx.shape)
    shortcut[:, :sub.shape[1]] = sub
    return fx + shortcut
