# expect: WRONG_ANSWER  — does not stop at total_steps: past the end the base goes negative and the rate rises again
def polynomial_lr(step, base_lr, total_steps, power=1.0, end_lr=0.0):
    remaining = 1.0 - step / total_steps
    return (base_lr - end_lr) * remaining ** power + end_lr
