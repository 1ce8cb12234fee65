# expect: WRONG_ANSWER  — scales by max_norm / norm without the + 1e-6 of the contract (visible when the norm is small)
import numpy as np


def clip_grad_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g * g) for g in grads)))
    scale = max_norm / norm if norm > max_norm else 1.0
    return [g * scale for g in grads], norm
