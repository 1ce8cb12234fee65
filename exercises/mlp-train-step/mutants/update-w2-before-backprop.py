# expect: WRONG_ANSWER  — updates W2 first and back-propagates into the first layer through the new W2; the gradient of W1 needs the W2 of the forward pass
import numpy as np


def train_step(params, x, y, lr):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    n = x.shape[0]
    # forward
    z1 = x @ W1 + b1
    h = np.maximum(z1, 0.0)
    logits = h @ W2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)          # stable log-softmax
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()
    # backward: d(mean CE)/d logits = (softmax - onehot) / N
    dlogits = np.exp(log_probs)
    dlogits[np.arange(n), y] -= 1.0
    dlogits /= n
    dW2 = h.T @ dlogits
    db2 = dlogits.sum(axis=0)
    W2 = W2 - lr * dW2                                             # updated before its gradient is propagated
    dz1 = (dlogits @ W2.T) * (z1 > 0)
    dW1 = x.T @ dz1
    db1 = dz1.sum(axis=0)
    grads = {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
    return {k: params[k] - lr * grads[k] for k in ("W1", "b1", "W2", "b2")}, float(loss)
