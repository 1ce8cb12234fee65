# expect: WRONG_ANSWER  — steps along the velocity (classic momentum, nesterov=False) instead of g + momentum * v
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    g = grad + weight_decay * param
    v = momentum * velocity + g
    return param - lr * v, v
