import numpy as np

C = np.sqrt(2.0 / np.pi)
A = 0.044715


def gelu_backward(x, dout):
    u = C * (x + A * x ** 3)
    th = np.tanh(u)
    du_dx = C * (1.0 + 3.0 * A * x ** 2)
    # product rule on 0.5 * x * (1 + tanh u); d tanh u / du = 1 - tanh(u)^2
    grad = 0.5 * (1.0 + th) + 0.5 * x * (1.0 - th * th) * du_dx
    return dout * grad
