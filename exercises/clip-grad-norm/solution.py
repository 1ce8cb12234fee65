import numpy as np


def clip_grad_norm(grads, max_norm):
    norm = float(np.sqrt(sum(float(np.sum(g * g)) for g in grads)))   # one norm over all tensors together
    scale = max_norm / (norm + 1e-6) if norm > max_norm else 1.0
    return [g * scale for g in grads], norm
