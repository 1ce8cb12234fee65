# expect: WRONG_ANSWER  — applies the decoupled decay to the parameter after the Adam step instead of before it (off by lr^2 * wd * step; visible with lr = wd = 0.1)
import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    p = param
    m_new = beta1 * m + (1.0 - beta1) * grad
    v_new = beta2 * v + (1.0 - beta2) * grad * grad
    m_hat = m_new / (1.0 - beta1 ** t)
    v_hat = v_new / (1.0 - beta2 ** t)
    p = p - lr * m_hat / (np.sqrt(v_hat) + eps)
    p = p * (1.0 - lr * weight_decay)
    return p, m_new, v_new
