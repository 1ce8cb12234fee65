# expect: WRONG_ANSWER  — divides dW by N as if the layer owned the loss's mean; dout already carries it
import numpy as np


def linear_backward(x, W, b, dout):
    n = x.shape[0]
    return dout @ W.T, x.T @ dout / n, dout.sum(axis=0)
