import numpy as np


def beam_search(log_probs, start, beam_width):
    """Beam search over a first-order model: log_probs[t, a, b] is the score of token b at step t after token a.

    log_probs: [T, V, V] float64; start: the token before step 0; beam_width B with 1 <= B <= V.
    Candidates are ranked by total score, descending; ties: the parent's rank, then the token id, ascending.
    Returns (tokens [B, T] int64, scores [B] float64), best first.
    """
    raise NotImplementedError
