# expect: WRONG_ANSWER  — log of an unshifted softmax: exp(1000/T) overflows and the loss becomes NaN
import numpy as np


def distillation_loss(student_logits, teacher_logits, temperature=2.0):
    t = temperature
    p = np.exp(teacher_logits / t)
    p = p / np.sum(p, axis=1, keepdims=True)
    q = np.exp(student_logits / t)
    q = q / np.sum(q, axis=1, keepdims=True)
    return float(t * t * np.mean(np.sum(p * (np.log(p) - np.log(q)), axis=1)))
