import numpy as np


def smoothed_bce_with_logits(logits, targets, eps=0.1):
    t = targets * (1.0 - eps) + 0.5 * eps       # two classes: eps spread evenly over {0, 1}
    z = logits
    # -t log s(z) - (1-t) log(1-s(z)) = max(z,0) - z t + log(1 + e^{-|z|}): no exp of a large positive number
    loss = np.maximum(z, 0.0) - z * t + np.log1p(np.exp(-np.abs(z)))
    return float(np.mean(loss))
