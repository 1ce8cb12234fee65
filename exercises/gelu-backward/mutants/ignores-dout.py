# expect: WRONG_ANSWER  — returns gelu'(x) without multiplying by the upstream gradient
import numpy as np

C = np.sqrt(2.0 / np.pi)
A = 0.044715


def gelu_backward(x, dout):
    th = np.tanh(C * (x + A * x ** 3))
    return 0.5 * (1.0 + th) + 0.5 * x * (1.0 - th * th) * C * (1.0 + 3.0 * A * x ** 2)
