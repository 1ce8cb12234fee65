# expect: WRONG_ANSWER  — routes the gradient to every cell equal to the window maximum, so a tie receives it twice or more
import numpy as np


def max_pool2d_backward(x, dout, kernel=3, stride=2):
    n, c, h, w = x.shape
    oh, ow = dout.shape[2], dout.shape[3]
    dx = np.zeros(x.shape)
    nn, cc = np.meshgrid(np.arange(n), np.arange(c), indexing='ij')
    for i in range(oh):
        for j in range(ow):
            r0, c0 = i * stride, j * stride
            window = x[:, :, r0:r0 + kernel, c0:c0 + kernel].reshape(n, c, kernel * kernel)
            hit = window == window.max(axis=2, keepdims=True)
            dx[:, :, r0:r0 + kernel, c0:c0 + kernel] += (hit * dout[:, :, i, j][:, :, None]).reshape(n, c, kernel, kernel)
    return dx
