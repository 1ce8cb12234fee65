import numpy as np

def layernorm_backward(inp, scale, grad_out, epsilon=1e-5):
    # per-row statistics; gamma is per feature so it goes inside the sums
    features = inp.shape[-1]
    mean = inp.mean(axis=-1, keepdims=True)
    variance = ((inp - mean) ** 2).mean(axis=-1, keepdims=True)
    inverse = 1.0 / np.sqrt(variance + epsilon)
    normalized = (inp - mean) * inverse
    leading_axes = tuple(range(inp.ndim - 1))
    grad_beta = grad_out.sum(axis=leading_axes)
    grad_gamma = (grad_out * normalized).sum(axis=leading_axes)
    upstream = grad_out * scale
    grad_in = (inverse / features) * (features * upstream - upstream.sum(axis=-1, keepdims=True) - normalized * (upstream * normalized).sum(axis=-1, keepdims=True))
    return grad_in, grad_gamma, grad_beta
