# expect: WRONG_ANSWER  — copies the seed's column-vector formula dW = dout·xᵀ, giving W's transpose [O, D]
import numpy as np


def linear_backward(x, W, b, dout):
    return dout @ W.T, dout.T @ x, dout.sum(axis=0)
