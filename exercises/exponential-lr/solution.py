def exponential_lr(step, base_lr, gamma):
    # Closed form of "lr *= gamma" applied once after each of the first `step` steps.
    return float(base_lr * gamma ** step)
