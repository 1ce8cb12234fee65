# expect: WRONG_ANSWER  — returns the number of misses instead of the fraction
import numpy as np


def topk_error(logits, targets, k):
    topk = np.argsort(logits, axis=1)[:, -k:]
    return float(np.sum(~np.any(topk == targets[:, None], axis=1)))
