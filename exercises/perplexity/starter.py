import numpy as np


def perplexity(logits, targets, mask):
    """Perplexity of a language model on a padded batch.

    logits : float64 [B, T, V];  targets : int64 [B, T] in [0, V);  mask : bool [B, T], True = real token
    (every sequence has at least one real token)
    nll[b, t] = -log softmax(logits[b, t])[targets[b, t]]
    returns float: exp(sum of nll over the real tokens / number of real tokens)
    """
    raise NotImplementedError
