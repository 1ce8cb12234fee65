# expect: WRONG_ANSWER  — keeps an exponential average v = m*v + (1-m)*g (dampening = momentum); PyTorch adds the full gradient
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    v = momentum * velocity + (1 - momentum) * (grad + weight_decay * param)
    return param - lr * v, v
