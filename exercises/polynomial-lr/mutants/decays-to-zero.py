# expect: WRONG_ANSWER  — PyTorch PolynomialLR's form, which ignores end_lr and decays base_lr all the way to 0
def polynomial_lr(step, base_lr, total_steps, power=1.0, end_lr=0.0):
    s = min(step, total_steps)
    return base_lr * (1.0 - s / total_steps) ** power
