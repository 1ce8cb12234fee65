# expect: WRONG_ANSWER  — adds up the per-tensor L2 norms instead of taking the L2 norm of all entries together
import numpy as np


def clip_grad_norm(grads, max_norm):
    norm = float(sum(np.linalg.norm(g) for g in grads))
    scale = max_norm / (norm + 1e-6) if norm > max_norm else 1.0
    return [g * scale for g in grads], norm
