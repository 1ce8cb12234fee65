def polynomial_lr(step, base_lr, total_steps, power=1.0, end_lr=0.0):
    # clamp first: past the end the base would be negative (NaN for a fractional power)
    s = min(step, total_steps)
    remaining = 1.0 - s / total_steps
    return (base_lr - end_lr) * remaining ** power + end_lr
