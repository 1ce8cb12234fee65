def step_lr(step, base_lr, step_size, gamma):
    """Learning rate at `step` (0-based) of a step schedule: multiply by gamma every step_size steps.

    step >= 0, step_size >= 1 (ints); base_lr > 0, 0 < gamma <= 1 (floats)
    returns: base_lr * gamma ** (step // step_size) as a float
    """
    raise NotImplementedError
