# expect: WRONG_ANSWER  — raises 2 to the mean nll measured in nats; 2^H is right only when H is in bits (nll / ln 2)
import numpy as np


def perplexity(logits, targets, mask):
    m = logits.max(axis=-1, keepdims=True)
    log_z = np.log(np.exp(logits - m).sum(axis=-1)) + m[..., 0]
    nll = log_z - np.take_along_axis(logits, targets[..., None], axis=-1)[..., 0]
    real = mask.astype(np.float64)
    return float(2.0 ** ((nll * real).sum() / real.sum()))
