# expect: WRONG_ANSWER  — decays the parameter directly (AdamW style) instead of adding weight_decay * param to the gradient
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    v = momentum * velocity + grad
    return param * (1 - lr * weight_decay) - lr * (grad + momentum * v), v
