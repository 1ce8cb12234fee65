# expect: WRONG_ANSWER  — computes log(sum(exp(logits))) without subtracting the maximum; logits around 800 overflow to inf and the result is nan
import numpy as np


def perplexity(logits, targets, mask):
    log_z = np.log(np.exp(logits).sum(axis=-1))
    nll = log_z - np.take_along_axis(logits, targets[..., None], axis=-1)[..., 0]
    real = mask.astype(np.float64)
    return float(np.exp((nll * real).sum() / real.sum()))
