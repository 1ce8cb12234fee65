def polynomial_lr(step, base_lr, total_steps, power=1.0, end_lr=0.0):
    """Learning rate at `step` of a polynomial decay from base_lr to end_lr over total_steps.

    (base_lr - end_lr) * (1 - min(step, total_steps) / total_steps) ** power + end_lr
    step >= 0 may exceed total_steps (then the rate stays at end_lr); total_steps >= 1; power > 0.
    Returns a float.
    """
    raise NotImplementedError
