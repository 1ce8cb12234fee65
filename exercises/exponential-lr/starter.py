def exponential_lr(step, base_lr, gamma):
    """Learning rate at `step` (0-based) of an exponential schedule: multiply by gamma after every step.

    step >= 0 (int); base_lr > 0, 0 < gamma <= 1 (floats)
    returns: base_lr * gamma ** step as a float
    """
    raise NotImplementedError
