# expect: WRONG_ANSWER  — right values, but scales the negative entries of x in place
import numpy as np


def leaky_relu(x, negative_slope):
    x[x < 0] *= negative_slope
    return x
