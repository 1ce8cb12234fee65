# expect: WRONG_ANSWER  — dw[flat] += rows: NumPy buffers a fancy-index +=, so a token that occurs several times receives only one of its rows
import numpy as np


def embedding_backward(indices, dout, num_embeddings):
    d = dout.shape[-1]
    flat = indices.ravel()
    rows = dout.reshape(flat.size, d)
    dw = np.zeros((num_embeddings, d))
    # np.add.at is unbuffered: a token that occurs k times receives all k rows
    dw[flat] += rows
    return dw
