# expect: WRONG_ANSWER  — averages the rows of a repeated token instead of summing them (each occurrence is a separate use of the same row of W)
import numpy as np


def embedding_backward(indices, dout, num_embeddings):
    d = dout.shape[-1]
    flat = indices.ravel()
    rows = dout.reshape(flat.size, d)
    dw = np.zeros((num_embeddings, d))
    # np.add.at is unbuffered: a token that occurs k times receives all k rows
    np.add.at(dw, flat, rows)
    counts = np.bincount(flat, minlength=num_embeddings)
    return dw / np.maximum(counts, 1)[:, None]
