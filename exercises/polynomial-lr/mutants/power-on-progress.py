# expect: WRONG_ANSWER  — raises the progress s/T to the power instead of the remaining fraction 1 - s/T
def polynomial_lr(step, base_lr, total_steps, power=1.0, end_lr=0.0):
    s = min(step, total_steps)
    return (base_lr - end_lr) * (1.0 - (s / total_steps) ** power) + end_lr
