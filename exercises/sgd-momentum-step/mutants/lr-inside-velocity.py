# expect: WRONG_ANSWER  — Sutskever form v = m*v - lr*g, p = p + v; the given velocity is in PyTorch's gradient units
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    v = momentum * velocity - lr * (grad + weight_decay * param)
    return param + v, v
