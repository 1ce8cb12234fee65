import numpy as np


def clip_grad_norm(grads, max_norm):
    """Clip a list of gradients by their GLOBAL L2 norm (like torch.nn.utils.clip_grad_norm_).

    norm = sqrt(sum over all tensors and all entries of g**2)
    if norm > max_norm: every tensor is multiplied by max_norm / (norm + 1e-6); otherwise nothing changes.

    grads    : non-empty list of float64 arrays (any shapes)
    max_norm : float > 0
    returns (clipped_list, norm) — norm is the float norm BEFORE clipping; do not modify the inputs
    """
    raise NotImplementedError
