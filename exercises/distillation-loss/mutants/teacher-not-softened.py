# expect: WRONG_ANSWER  — divides only the student's logits by T: the teacher's targets are not softened
import numpy as np


def _log_softmax(z):
    shifted = z - np.max(z, axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, temperature=2.0):
    t = temperature
    lp = _log_softmax(teacher_logits)
    lq = _log_softmax(student_logits / t)
    return float(t * t * np.mean(np.sum(np.exp(lp) * (lp - lq), axis=1)))
