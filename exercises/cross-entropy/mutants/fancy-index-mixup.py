# expect: WRONG_ANSWER  — log_probs[:, targets] selects an N×N block (every row at every target), not one entry per row
import numpy as np


def cross_entropy(logits, targets):
    m = np.max(logits, axis=1, keepdims=True)
    lp = logits - m - np.log(np.sum(np.exp(logits - m), axis=1, keepdims=True))
    return float(-np.mean(lp[:, targets]))
