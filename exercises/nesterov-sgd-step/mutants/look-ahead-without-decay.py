# expect: WRONG_ANSWER  — uses the raw gradient in the look-ahead term, so weight decay enters the step only through v
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    v = momentum * velocity + grad + weight_decay * param
    return param - lr * (grad + momentum * v), v
