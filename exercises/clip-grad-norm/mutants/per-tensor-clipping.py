# expect: WRONG_ANSWER  — clips each tensor by its own norm; the contract uses one global norm over all tensors
import numpy as np


def clip_grad_norm(grads, max_norm):
    out = []
    for g in grads:
        n = float(np.sqrt(np.sum(g * g)))
        out.append(g * (max_norm / (n + 1e-6)) if n > max_norm else g.copy())
    total = float(np.sqrt(sum(np.sum(g * g) for g in grads)))
    return out, total
