import numpy as np


def topk_error(logits, targets, k):
    n = logits.shape[0]
    target_logit = logits[np.arange(n), targets][:, None]
    # The target is in the top k iff fewer than k classes score strictly higher (no ties in the tests).
    rank = np.sum(logits > target_logit, axis=1)
    return float(np.mean(rank >= k))
