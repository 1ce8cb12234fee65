import numpy as np


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    """Learning rate at `step` for linear warmup followed by cosine decay.

    step < warmup_steps :  base_lr * step / warmup_steps
    otherwise           :  min_lr + 0.5 * (base_lr - min_lr) * (1 + cos(pi * (step - warmup_steps) / (total_steps - warmup_steps)))

    ints: 0 <= warmup_steps < total_steps, 0 <= step <= total_steps;  floats: base_lr, min_lr
    returns a float
    """
    raise NotImplementedError
