# expect: WRONG_ANSWER  — takes each sequence's mean nll and then the mean over sequences, which weights a short sequence as much as a long one
import numpy as np


def perplexity(logits, targets, mask):
    m = logits.max(axis=-1, keepdims=True)
    log_z = np.log(np.exp(logits - m).sum(axis=-1)) + m[..., 0]
    nll = log_z - np.take_along_axis(logits, targets[..., None], axis=-1)[..., 0]
    real = mask.astype(np.float64)
    return float(np.exp(((nll * real).sum(axis=1) / real.sum(axis=1)).mean()))
