# expect: WRONG_ANSWER  — picks the last of tied maxima in the window (argmax of the reversed window)
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
            first = kernel * kernel - 1 - np.argmax(window[:, :, ::-1], axis=2)
            u, v = np.divmod(first, kernel)
            # one (n, c) pair appears once per window, so this fancy-index add has no repeated targets;
            # windows that overlap add up because each window is its own statement
            dx[nn, cc, r0 + u, c0 + v] += dout[:, :, i, j]
    return dx
