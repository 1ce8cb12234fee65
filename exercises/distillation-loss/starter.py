import numpy as np


def distillation_loss(student_logits, teacher_logits, temperature=2.0):
    """Soft-target distillation loss (Hinton et al.):

    T**2 * (1/N) * sum_n KL(softmax(teacher_n / T) || softmax(student_n / T))

    student_logits, teacher_logits: float64 [N, C], entries may be as large as ±1e3.
    temperature: T > 0.
    Returns a float. Do not modify the inputs.
    """
    raise NotImplementedError
