# expect: WRONG_ANSWER  — centres the input channels (zeros before and after, as some CIFAR code does) instead of appending the zeros
import numpy as np


def zero_pad_merge(x, fx, stride):
    sub = x[:, :, ::stride, ::stride]
    extra = fx.shape[1] - sub.shape[1]
    before = extra // 2
    shortcut = np.zeros(fx.shape)
    shortcut[:, before:before + sub.shape[1]] = sub
    return np.maximum(fx + shortcut, 0.0)
