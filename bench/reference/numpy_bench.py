"""NumPy side of the reference benchmark: prints {"name": median_ms} as JSON (float64 throughout)."""
import json
import sys
import time

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def conv2d(x, w, b, pad=1):
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, w.shape[2:], axis=(2, 3))  # N,C,OH,OW,KH,KW
    return np.tensordot(windows, w, axes=([1, 4, 5], [1, 2, 3])).transpose(0, 3, 1, 2) + b[None, :, None, None]


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_cell(x, h, c, W, b):
    H = h.shape[1]
    g = np.concatenate([x, h], axis=1) @ W + b
    i, f, gg, o = sigmoid(g[:, :H]), sigmoid(g[:, H:2 * H]), np.tanh(g[:, 2 * H:3 * H]), sigmoid(g[:, 3 * H:])
    c2 = f * c + i * gg
    return o * np.tanh(c2), c2


def attention(q, k, v):
    s = q @ k.transpose(0, 2, 1) / np.sqrt(q.shape[-1])
    w = softmax(s)
    return w @ v, w


def median_ms(fn, min_runs=20, budget_s=3.0):
    for _ in range(3):
        fn()
    times = []
    start = time.perf_counter()
    while len(times) < min_runs or (time.perf_counter() - start < budget_s and len(times) < 500):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return float(np.median(times))


def main():
    rng = np.random.default_rng(0)
    n, d, h = (int(v) for v in sys.argv[1:4])
    x = rng.standard_normal((1000, 1000))
    img, w, b = rng.standard_normal((8, 3, 32, 32)), rng.standard_normal((16, 3, 3, 3)), rng.standard_normal(16)
    lx, lh, lc = rng.standard_normal((n, d)), rng.standard_normal((n, h)), rng.standard_normal((n, h))
    lw, lb = rng.standard_normal((d + h, 4 * h)) * 0.1, rng.standard_normal(4 * h)
    q, k, v = (rng.standard_normal((8, 128, 64)) for _ in range(3))
    print(json.dumps({
        "softmax": median_ms(lambda: softmax(x)),
        "conv2d": median_ms(lambda: conv2d(img, w, b)),
        "lstm-cell": median_ms(lambda: lstm_cell(lx, lh, lc, lw, lb)),
        "attention": median_ms(lambda: attention(q, k, v)),
    }))


if __name__ == "__main__":
    main()
