import numpy as np


def zero_pad_merge(x, fx, stride):
    sub = x[:, :, ::stride, ::stride]          # ceil(H / stride) rows, starting at row 0
    n, c_in, h, w = sub.shape
    shortcut = np.zeros(fx.shape)
    shortcut[:, :c_in] = sub                    # the extra channels stay zero: no parameters
    return np.maximum(fx + shortcut, 0.0)
