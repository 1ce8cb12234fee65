# expect: WRONG_ANSWER  — reverses an ascending argsort, so tied candidates come in the opposite order (larger parent rank and token first)
import numpy as np


def beam_search(log_probs, start, beam_width):
    scores = np.zeros(1)
    last = np.array([start])
    tokens = np.zeros((len(last), 0), dtype=np.int64)
    for t in range(log_probs.shape[0]):
        cand = scores[:, None] + log_probs[t, last, :]  # [H, V]: parent rank, token
        flat = cand.ravel()
        # stable sort of -score over flat = rank * V + token: ties go to the better parent, then the smaller token
        best = np.argsort(flat, kind='stable')[::-1][:beam_width]
        parent, token = np.divmod(best, cand.shape[1])
        tokens = np.concatenate([tokens[parent], token[:, None]], axis=1)
        scores = flat[best]
        last = token
    return tokens, scores
