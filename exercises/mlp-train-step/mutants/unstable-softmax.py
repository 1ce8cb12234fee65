# expect: WRONG_ANSWER  — computes softmax as exp(logits)/sum without subtracting the max; logits in the thousands give inf/nan
import numpy as np


def train_step(params, x, y, lr):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    n = x.shape[0]
    z1 = x @ W1 + b1
    h = np.maximum(z1, 0.0)
    logits = h @ W2 + b2
    e = np.exp(logits)
    probs = e / e.sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(n), y]).mean()
    d = probs.copy(); d[np.arange(n), y] -= 1.0; d /= n
    dz1 = (d @ W2.T) * (z1 > 0)
    g = {"W1": x.T @ dz1, "b1": dz1.sum(0), "W2": h.T @ d, "b2": d.sum(0)}
    return {k: params[k] - lr * g[k] for k in g}, float(loss)
