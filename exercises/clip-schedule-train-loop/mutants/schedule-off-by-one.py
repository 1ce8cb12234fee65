# expect: WRONG_ANSWER  — decays the learning rate before the first step (lr * gamma**(t+1)): scheduler stepped before the optimizer
import numpy as np


def train_loop(W, b, xs, ys, lr, max_norm, gamma):
    W = W.copy()
    b = b.copy()
    T, N, _ = xs.shape
    losses = np.empty(T)
    for t in range(T):
        x, y = xs[t], ys[t]
        logits = x @ W + b
        shifted = logits - logits.max(axis=1, keepdims=True)       # stable softmax
        log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        losses[t] = -log_p[np.arange(N), y].mean()                   # recorded before the update

        g = np.exp(log_p)
        g[np.arange(N), y] -= 1.0
        g /= N                                                       # d(mean loss)/d logits
        dW = x.T @ g
        db = g.sum(axis=0)

        # one norm over ALL parameters together, like torch.nn.utils.clip_grad_norm_
        norm = np.sqrt(np.sum(dW ** 2) + np.sum(db ** 2))
        if norm > max_norm:
            scale = max_norm / (norm + 1e-6)
            dW = dW * scale
            db = db * scale

        lr_t = lr * gamma ** (t + 1)                                       # exponential decay, stepped after each batch
        W -= lr_t * dW
        b -= lr_t * db
    return W, b, losses
