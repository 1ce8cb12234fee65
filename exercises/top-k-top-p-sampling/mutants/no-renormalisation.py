# expect: WRONG_ANSWER  — draws with u against the cumulative top-k probabilities of the kept tokens without renormalising them over the nucleus (falls back to the last kept token)
import numpy as np


def sample_top_k_top_p(logits, k, p, u):
    n = logits.shape[0]
    out = np.zeros(n, dtype=np.int64)
    for r in range(n):
        # stable sort of -logit: equal logits keep ascending token order
        order = np.argsort(-logits[r], kind='stable')[:k]
        e = np.exp(logits[r, order] - logits[r, order[0]])  # order[0] holds the largest logit: no overflow
        q = e / e.sum()  # softmax renormalised over the top k
        c = np.cumsum(q)
        m = min(int(np.sum(c < p)) + 1, k)  # the token whose cumulative mass reaches p is kept
        # the kept tokens' CDF renormalised is c[:m] / c[m - 1]; u < 1 never passes its last entry (exactly 1)
        j = int(np.sum(c[:m - 1] <= u[r]))
        out[r] = order[j]
    return out
