# expect: WRONG_ANSWER  — stops the chain rule at tanh: leaves out du/dx = sqrt(2/pi) (1 + 3 * 0.044715 x^2)
import numpy as np

C = np.sqrt(2.0 / np.pi)
A = 0.044715


def gelu_backward(x, dout):
    th = np.tanh(C * (x + A * x ** 3))
    return dout * (0.5 * (1.0 + th) + 0.5 * x * (1.0 - th * th))
