# expect: WRONG_ANSWER  — rounds the number of decays up instead of down
import math


def step_lr(step, base_lr, step_size, gamma):
    return float(base_lr * gamma ** math.ceil(step / step_size))
