import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    """One step of SGD with momentum, PyTorch convention (torch.optim.SGD, dampening=0, nesterov=False).

    g = grad + weight_decay * param
    velocity_new = momentum * velocity + g
    param_new = param - lr * velocity_new

    param, grad, velocity : float64 arrays of the same (any) shape
    returns (param_new, velocity_new) — new arrays; do not modify the inputs
    """
    raise NotImplementedError
