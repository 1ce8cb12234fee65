# expect: WRONG_ANSWER  — Adam + L2: adds weight_decay*param to the gradient, so the decay is rescaled by the adaptive denominator (not AdamW)
import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    g = grad + weight_decay * param
    m_new = beta1 * m + (1.0 - beta1) * g
    v_new = beta2 * v + (1.0 - beta2) * g ** 2
    m_hat = m_new / (1.0 - beta1 ** t)
    v_hat = v_new / (1.0 - beta2 ** t)
    return param - lr * m_hat / (np.sqrt(v_hat) + eps), m_new, v_new
