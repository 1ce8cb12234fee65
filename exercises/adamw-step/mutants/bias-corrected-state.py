# expect: WRONG_ANSWER  — returns the bias-corrected moments m_hat, v_hat as the new state; the next step would correct them again
import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    p = param * (1.0 - lr * weight_decay)            # decoupled: the decay never touches the moments
    m_new = beta1 * m + (1.0 - beta1) * grad
    v_new = beta2 * v + (1.0 - beta2) * grad * grad
    m_hat = m_new / (1.0 - beta1 ** t)
    v_hat = v_new / (1.0 - beta2 ** t)
    p = p - lr * m_hat / (np.sqrt(v_hat) + eps)
    return p, m_hat, v_hat
