# expect: WRONG_ANSWER  — averages exp(nll) over the tokens (an arithmetic mean of per-token perplexities) instead of exponentiating the mean nll
import numpy as np


def perplexity(logits, targets, mask):
    m = logits.max(axis=-1, keepdims=True)
    log_z = np.log(np.exp(logits - m).sum(axis=-1)) + m[..., 0]
    nll = log_z - np.take_along_axis(logits, targets[..., None], axis=-1)[..., 0]
    return float(np.exp(nll)[mask].mean())
