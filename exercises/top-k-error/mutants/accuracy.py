# expect: WRONG_ANSWER  — returns the top-k accuracy instead of the error
import numpy as np


def topk_error(logits, targets, k):
    topk = np.argsort(logits, axis=1)[:, -k:]
    return float(np.mean(np.any(topk == targets[:, None], axis=1)))
