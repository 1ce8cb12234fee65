# expect: WRONG_ANSWER  — leaves out the T**2 factor, so the loss shrinks as the temperature grows
import numpy as np


def _log_softmax(z):
    shifted = z - np.max(z, axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, temperature=2.0):
    t = temperature
    lp = _log_softmax(teacher_logits / t)
    lq = _log_softmax(student_logits / t)
    return float(np.mean(np.sum(np.exp(lp) * (lp - lq), axis=1)))
