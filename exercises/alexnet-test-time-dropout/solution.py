import numpy as np


def alexnet_dropout(x, p, mask, training):
    if training:
        return x * mask                # dropped units output 0, kept ones are not rescaled
    # at test time every unit is on: scale by the keep probability so each output's
    # expected value matches what the next layer saw during training
    return x * (1.0 - p)
