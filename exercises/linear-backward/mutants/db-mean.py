# expect: WRONG_ANSWER  — averages dout over the batch for db instead of summing (dW is summed, db must be too)
import numpy as np


def linear_backward(x, W, b, dout):
    return dout @ W.T, x.T @ dout, dout.mean(axis=0)
