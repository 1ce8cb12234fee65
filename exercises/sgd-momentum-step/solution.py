import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    g = grad + weight_decay * param          # L2 penalty enters the gradient (coupled decay)
    v = momentum * velocity + g              # velocity in gradient units; lr is applied afterwards
    return param - lr * v, v
