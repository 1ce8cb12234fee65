import numpy as np


def train_loop(W, b, xs, ys, lr, max_norm, gamma):
    """Train a linear softmax classifier logits = x @ W + b for T steps.

    W: [D, C], b: [C] float64 initial parameters (do not modify them in place)
    xs: [T, N, D] float64, one batch per step; ys: [T, N] int64 class labels
    Step t = 0..T-1: loss_t = mean softmax cross-entropy on batch t, gradients of (W, b),
    clip the global L2 norm of [dW, db] to max_norm (scale by max_norm / (norm + 1e-6) only if norm > max_norm),
    SGD update with lr_t = lr * gamma**t.
    returns: (W_final [D, C], b_final [C], losses [T]) where losses[t] is the loss BEFORE step t's update
    """
    raise NotImplementedError
