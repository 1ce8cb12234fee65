import numpy as np


def perplexity(logits, targets, mask):
    B, T, V = logits.shape
    m = logits.max(axis=-1)                                                   # [B, T]
    log_z = np.log(np.exp(logits - m[:, :, None]).sum(axis=-1)) + m
    picked = logits[np.arange(B)[:, None], np.arange(T)[None, :], targets]    # logits at the targets, [B, T]
    nll = log_z - picked
    real = mask.astype(np.float64)
    return float(np.exp((nll * real).sum() / real.sum()))
