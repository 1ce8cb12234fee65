# expect: WRONG_ANSWER  — takes exp of the raw logits: with logits around 800 every exp overflows to inf and the probabilities become NaN
import numpy as np


def sample_top_k_top_p(logits, k, p, u):
    n = logits.shape[0]
    out = np.zeros(n, dtype=np.int64)
    for r in range(n):
        # stable sort of -logit: equal logits keep ascending token order
        order = np.argsort(-logits[r], kind='stable')[:k]
        e = np.exp(logits[r, order])
        q = e / e.sum()  # softmax renormalised over the top k
        c = np.cumsum(q)
        m = min(int(np.sum(c < p)) + 1, k)  # the token whose cumulative mass reaches p is kept
        # the kept tokens' CDF renormalised is c[:m] / c[m - 1]; u < 1 never passes its last entry (exactly 1)
        j = int(np.sum(c[:m - 1] / c[m - 1] <= u[r]))
        out[r] = order[j]
    return out
