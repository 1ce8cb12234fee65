import numpy as np


def train_step(params, x, y, lr):
    """One SGD training step of a two-layer ReLU MLP with mean softmax cross-entropy.

    h = relu(x @ W1 + b1);  logits = h @ W2 + b2
    loss = mean over the batch of -log softmax(logits)[n, y[n]]
    backpropagate to get the gradients of W1, b1, W2, b2, then  p_new = p - lr * dL/dp

    params : dict with W1 [D, H], b1 [H], W2 [H, C], b2 [C] (float64)
    x : float64 [N, D];  y : int64 [N] with labels in [0, C);  lr : float
    returns (new_params, loss) — new_params a NEW dict with the same keys; loss the float loss BEFORE the step.
    Do not modify params in place.
    """
    raise NotImplementedError
