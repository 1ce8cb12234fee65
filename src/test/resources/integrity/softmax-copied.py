import numpy as np

def softmax(logits, dim = -1):
    # subtract the max so exp never overflows (copied, renamed, reformatted)
    stable = logits - np.max(logits,
                             axis = dim,
                             keepdims = True)
    exps = np.exp(stable)   # at most exp(0) = 1
    return exps / np.sum(exps, axis = dim, keepdims = True)
