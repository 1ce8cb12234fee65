# expect: WRONG_ANSWER  — returns the norm of the clipped gradients; the contract returns the norm before clipping
import numpy as np


def clip_grad_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g * g) for g in grads)))
    scale = max_norm / (norm + 1e-6) if norm > max_norm else 1.0
    clipped = [g * scale for g in grads]
    return clipped, float(np.sqrt(sum(np.sum(g * g) for g in clipped)))
