# expect: WRONG_ANSWER  — decays the weights directly (p -= lr*wd*p) and keeps the decay out of the velocity
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    v = momentum * velocity + grad
    return param - lr * v - lr * weight_decay * param, v
