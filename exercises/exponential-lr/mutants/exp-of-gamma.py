# expect: WRONG_ANSWER  — treats gamma as a decay rate k in exp(-k·step) instead of a per-step factor
import math


def exponential_lr(step, base_lr, gamma):
    return float(base_lr * math.exp(-gamma * step))
