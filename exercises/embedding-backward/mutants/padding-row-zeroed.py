# expect: WRONG_ANSWER  — treats token 0 as padding (nn.Embedding(padding_idx=0)) and zeroes its gradient; this contract has no padding index
import numpy as np


def embedding_backward(indices, dout, num_embeddings):
    d = dout.shape[-1]
    flat = indices.ravel()
    rows = dout.reshape(flat.size, d)
    dw = np.zeros((num_embeddings, d))
    # np.add.at is unbuffered: a token that occurs k times receives all k rows
    np.add.at(dw, flat, rows)
    dw[0] = 0.0
    return dw
