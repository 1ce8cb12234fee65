import numpy as np


def alexnet_small_forward(x, params):
    """Inference forward pass of the simplified AlexNet (seed 000) for a batch of 32×32 RGB images.

    x: float64 [N, 3, 32, 32].
    params: dict of float64 arrays
        conv1_w [32, 3, 3, 3],  conv1_b [32]
        conv2_w [64, 32, 3, 3], conv2_b [64]
        conv3_w [128, 64, 3, 3], conv3_b [128]
        fc1_w [2048, 512], fc1_b [512]
        fc2_w [512, 10],   fc2_b [10]
    Three stages conv(3×3, stride 1, padding 1) + ReLU + max-pool(2, stride 2): 32 -> 16 -> 8 -> 4;
    flatten each sample in (C, H, W) order to 2048; h = relu(h @ fc1_w + fc1_b); logits = h @ fc2_w + fc2_b.
    No dropout (inference). Returns logits [N, 10].
    """
    raise NotImplementedError
