import numpy as np


def embedding_backward(indices, dout, num_embeddings):
    """Gradient of out = W[indices] with respect to the embedding table W [num_embeddings, D].

    indices: int64 array of any shape S with values in [0, num_embeddings); dout = dL/dout: float64, shape S + (D,).
    Returns dW [num_embeddings, D] (float64): dW[v] is the sum of dout over every position where indices == v.
    """
    raise NotImplementedError
