# expect: WRONG_ANSWER  — rescales even when the norm is already below max_norm (scales small gradients UP)
import numpy as np


def clip_grad_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g * g) for g in grads)))
    return [g * (max_norm / (norm + 1e-6)) for g in grads], norm
