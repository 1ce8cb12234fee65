import numpy as np


def _log_softmax(z):
    shifted = z - np.max(z, axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, temperature=2.0):
    t = temperature
    log_p_teacher = _log_softmax(teacher_logits / t)
    log_p_student = _log_softmax(student_logits / t)
    # p * (log p - log q) with log p from the log-softmax: an underflowed p is exactly 0, never 0 * -inf
    kl_per_row = np.sum(np.exp(log_p_teacher) * (log_p_teacher - log_p_student), axis=1)
    # T**2 keeps the soft-target gradients on the scale of a hard-label loss as T changes
    return float(t * t * np.mean(kl_per_row))
