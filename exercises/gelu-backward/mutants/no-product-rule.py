# expect: WRONG_ANSWER  — treats the tanh factor as a constant: only 0.5 (1 + tanh u), the x * d(tanh u)/dx term is missing
import numpy as np

C = np.sqrt(2.0 / np.pi)
A = 0.044715


def gelu_backward(x, dout):
    return dout * 0.5 * (1.0 + np.tanh(C * (x + A * x ** 3)))
