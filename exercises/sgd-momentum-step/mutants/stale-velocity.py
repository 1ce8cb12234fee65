# expect: WRONG_ANSWER  — moves the parameter with the old velocity, then updates the velocity
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    p = param - lr * velocity
    return p, momentum * velocity + grad + weight_decay * param
