# expect: WRONG_ANSWER  — counts a miss only when more than k classes score higher (really a top-(k+1) error)
import numpy as np


def topk_error(logits, targets, k):
    n = logits.shape[0]
    higher = np.sum(logits > logits[np.arange(n), targets][:, None], axis=1)
    return float(np.mean(higher > k))
