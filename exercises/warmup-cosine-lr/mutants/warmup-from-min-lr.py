# expect: WRONG_ANSWER  — warms up linearly from min_lr to base_lr; the contract warms up from 0
import math


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return min_lr + (base_lr - min_lr) * step / warmup_steps
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress))
