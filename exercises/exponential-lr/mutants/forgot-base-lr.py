# expect: WRONG_ANSWER  — returns the decay factor gamma ** step without the base learning rate
def exponential_lr(step, base_lr, gamma):
    return float(gamma ** step)
