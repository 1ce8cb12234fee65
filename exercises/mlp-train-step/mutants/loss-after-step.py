# expect: WRONG_ANSWER  — returns the loss evaluated with the updated parameters; the contract wants the loss before the step
import numpy as np


def _forward_loss(p, x, y):
    h = np.maximum(x @ p["W1"] + p["b1"], 0.0)
    logits = h @ p["W2"] + p["b2"]
    s = logits - logits.max(axis=1, keepdims=True)
    lp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    return -lp[np.arange(x.shape[0]), y].mean()


def train_step(params, x, y, lr):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    n = x.shape[0]
    z1 = x @ W1 + b1
    h = np.maximum(z1, 0.0)
    logits = h @ W2 + b2
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    d = e / e.sum(axis=1, keepdims=True); d[np.arange(n), y] -= 1.0; d /= n
    dz1 = (d @ W2.T) * (z1 > 0)
    g = {"W1": x.T @ dz1, "b1": dz1.sum(0), "W2": h.T @ d, "b2": d.sum(0)}
    new = {k: params[k] - lr * g[k] for k in g}
    return new, float(_forward_loss(new, x, y))
