import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    n = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_pt = log_probs[np.arange(n), targets]      # finite even when p_t underflows to 0
    pt = np.exp(log_pt)
    return float(np.mean(-((1.0 - pt) ** gamma) * log_pt))
