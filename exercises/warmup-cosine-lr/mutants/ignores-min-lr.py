# expect: WRONG_ANSWER  — the seed's WarmupCosineSchedule: decays base_lr * 0.5 * (1 + cos) to 0 and ignores min_lr
import math


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return base_lr * 0.5 * (1.0 + math.cos(math.pi * progress))
