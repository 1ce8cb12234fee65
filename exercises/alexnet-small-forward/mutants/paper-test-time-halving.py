# expect: WRONG_ANSWER  — multiplies the fc1 activations by 0.5 at inference (the paper's non-inverted dropout rule); the contract has no dropout at inference
import numpy as np


def _conv3x3_same(x, w, b):
    """3×3 cross-correlation, stride 1, zero padding 1 (spatial size kept)."""
    n, c, h, wd = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    out = np.zeros((n, w.shape[0], h, wd))
    for u in range(3):
        for v in range(3):
            out += np.einsum('nchw,fc->nfhw', xp[:, :, u:u + h, v:v + wd], w[:, :, u, v])
    return out + b[None, :, None, None]


def _maxpool2x2(x):
    n, c, h, w = x.shape
    # split each spatial axis into (blocks, 2) and take the max inside every 2×2 block
    return x[:, :, :h // 2 * 2, :w // 2 * 2].reshape(n, c, h // 2, 2, w // 2, 2).max(axis=(3, 5))


def alexnet_small_forward(x, params):
    h = x
    for stage in ('conv1', 'conv2', 'conv3'):
        h = _conv3x3_same(h, params[stage + '_w'], params[stage + '_b'])
        h = np.maximum(h, 0.0)
        h = _maxpool2x2(h)                       # 32 -> 16 -> 8 -> 4
    h = h.reshape(h.shape[0], -1)                # [N, 128*4*4] in C, H, W order (C-contiguous)
    h = 0.5 * np.maximum(h @ params['fc1_w'] + params['fc1_b'], 0.0)
    return h @ params['fc2_w'] + params['fc2_b']
