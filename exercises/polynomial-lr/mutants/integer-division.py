# expect: WRONG_ANSWER  — floor division: the progress is 0 until the last step, so the rate stays at base_lr
def polynomial_lr(step, base_lr, total_steps, power=1.0, end_lr=0.0):
    s = min(step, total_steps)
    return (base_lr - end_lr) * (1.0 - s // total_steps) ** power + end_lr
