# expect: WRONG_ANSWER  — applies the Nesterov look-ahead p -= lr*(g + m*v); the contract is classical momentum
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    g = grad + weight_decay * param
    v = momentum * velocity + g
    return param - lr * (g + momentum * v), v
