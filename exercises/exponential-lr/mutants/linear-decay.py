# expect: WRONG_ANSWER  — subtracts (1 - gamma)·base_lr per step (linear decay) instead of multiplying by gamma
def exponential_lr(step, base_lr, gamma):
    return float(max(base_lr * (1.0 - (1.0 - gamma) * step), 0.0))
