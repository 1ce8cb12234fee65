import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    """One AdamW step (torch.optim.AdamW, amsgrad=False).

    param = param - lr * weight_decay * param            (decoupled decay, uses the old param)
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1**t);  v_hat = v / (1 - beta2**t)     (t starts at 1)
    param = param - lr * m_hat / (sqrt(v_hat) + eps)

    param, grad, m, v : float64 arrays of one shape;  t : int >= 1
    returns (param_new, m_new, v_new) — new arrays; do not modify the inputs
    """
    raise NotImplementedError
