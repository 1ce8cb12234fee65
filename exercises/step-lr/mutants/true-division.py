# expect: WRONG_ANSWER  — true division: decays continuously (gamma ** (step / step_size)) instead of in steps
def step_lr(step, base_lr, step_size, gamma):
    return float(base_lr * gamma ** (step / step_size))
