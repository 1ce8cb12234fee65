# expect: WRONG_ANSWER  — multiplies by gamma times the number of decays instead of raising gamma to that power
def step_lr(step, base_lr, step_size, gamma):
    k = step // step_size
    return float(base_lr * gamma * k) if k > 0 else float(base_lr)
