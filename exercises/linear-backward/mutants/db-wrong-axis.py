# expect: WRONG_ANSWER  — sums dout over the output axis, giving one number per sample instead of per output
import numpy as np


def linear_backward(x, W, b, dout):
    return dout @ W.T, x.T @ dout, dout.sum(axis=1)
