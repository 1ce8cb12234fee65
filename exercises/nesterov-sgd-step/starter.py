import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9, weight_decay=0.0):
    """One step of torch.optim.SGD(lr, momentum, weight_decay, nesterov=True), dampening 0.

    param, grad, velocity: float64 arrays of one shape (velocity is the momentum buffer).
    Returns (new_param, new_velocity); do not modify the inputs in place.
    """
    raise NotImplementedError
