# expect: WRONG_ANSWER  — counts steps from 1: decays one step too early ((step + 1) // step_size)
def step_lr(step, base_lr, step_size, gamma):
    return float(base_lr * gamma ** ((step + 1) // step_size))
