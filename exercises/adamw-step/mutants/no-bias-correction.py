# expect: WRONG_ANSWER  — skips the bias correction m/(1-beta1^t), v/(1-beta2^t); early steps are far too small/large
import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    p = param * (1.0 - lr * weight_decay)
    m_new = beta1 * m + (1.0 - beta1) * grad
    v_new = beta2 * v + (1.0 - beta2) * grad ** 2
    return p - lr * m_new / (np.sqrt(v_new) + eps), m_new, v_new
