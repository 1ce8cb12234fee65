# expect: WRONG_ANSWER  — the seed's evaluate(): compares argmax with the target, i.e. top-1 whatever k is
import numpy as np


def topk_error(logits, targets, k):
    pred = np.argmax(logits, axis=1)
    return float(1.0 - np.mean(pred == targets))
