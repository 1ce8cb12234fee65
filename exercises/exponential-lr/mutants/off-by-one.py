# expect: WRONG_ANSWER  — decays before the first step (gamma ** (step + 1)): step 0 should use base_lr
def exponential_lr(step, base_lr, gamma):
    return float(base_lr * gamma ** (step + 1))
