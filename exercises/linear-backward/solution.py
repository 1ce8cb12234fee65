import numpy as np


def linear_backward(x, W, b, dout):
    dx = dout @ W.T          # [N, O] @ [O, D]
    dW = x.T @ dout          # [D, N] @ [N, O]: sums the per-sample outer products
    db = dout.sum(axis=0)    # b is broadcast over the batch, so its gradient sums over it
    return dx, dW, db
