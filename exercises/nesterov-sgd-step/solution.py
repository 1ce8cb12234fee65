import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    g = grad + weight_decay * param          # L2 weight decay is part of the gradient
    v = momentum * velocity + g              # the buffer is the same as for classic momentum
    # Nesterov: step along the gradient plus the look-ahead momentum, not along v itself
    update = g + momentum * v
    return param - lr * update, v
