import numpy as np


def label_smoothing_ce(logits, targets, eps=0.1):
    """Mean cross-entropy against label-smoothed targets (as torch.nn.CrossEntropyLoss(label_smoothing=eps)).

    q[n, c] = (1 - eps) * [c == targets[n]] + eps / C
    loss    = mean over n of  sum_c  -q[n, c] * log_softmax(logits[n])[c]

    logits  : float64 [N, C] (entries up to about +-1e4)
    targets : int64 [N] in [0, C)
    returns a float
    """
    raise NotImplementedError
