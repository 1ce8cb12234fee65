def step_lr(step, base_lr, step_size, gamma):
    # Integer division: the rate is constant inside each block of step_size steps.
    return float(base_lr * gamma ** (step // step_size))
