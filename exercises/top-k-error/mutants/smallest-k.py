# expect: WRONG_ANSWER  — argsort is ascending: takes the k SMALLEST logits
import numpy as np


def topk_error(logits, targets, k):
    topk = np.argsort(logits, axis=1)[:, :k]
    return float(1.0 - np.mean(np.any(topk == targets[:, None], axis=1)))
