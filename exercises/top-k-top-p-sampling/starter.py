import numpy as np


def sample_top_k_top_p(logits, k, p, u):
    """Top-k then top-p (nucleus) sampling, one token per row, with the uniform draws given.

    logits: [N, V] float64; k: int, 1 <= k <= V; p: float, 0 < p <= 1; u: [N] float64 in [0, 1).
    Per row: sort the tokens by logit, descending (equal logits: smaller token id first); keep the first k and
    renormalise their softmax probabilities; keep the smallest prefix whose cumulative probability is >= p and
    renormalise again; return the first token of that prefix whose cumulative probability exceeds u.
    Returns [N] int64 token ids.
    """
    raise NotImplementedError
