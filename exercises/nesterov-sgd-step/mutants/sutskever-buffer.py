# expect: WRONG_ANSWER  — the Sutskever form keeps v = m*v - lr*g: the parameter can match but the returned buffer is -lr times PyTorch's
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    g = grad + weight_decay * param
    v = momentum * velocity - lr * g
    return param + momentum * v - lr * g, v
