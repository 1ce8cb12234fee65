# expect: WRONG_ANSWER  — returns the summed loss instead of the mean over the batch
import numpy as np


def cross_entropy(logits, targets):
    m = np.max(logits, axis=1, keepdims=True)
    lp = logits - m - np.log(np.sum(np.exp(logits - m), axis=1, keepdims=True))
    return float(-np.sum(lp[np.arange(len(targets)), targets]))
