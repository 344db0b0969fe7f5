# case: repeatedly splits oversized gaussians in a while loop (halving their scale and appending a shifted copy) until the largest scale is under a threshold -> loop on tensor value grows the tensor shape each iteration
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeSplitter(nn.Cell):
    def __init__(self, max_scale=0.3, shrink=1.6, max_rounds=4):
        super().__init__()
        self.max_scale = max_scale
        self.shrink = shrink
        self.max_rounds = max_rounds

    def split_once(self, means, scales):
        big = (scales.max(axis=1, keepdims=True) > self.max_scale).astype(scales.dtype)
        new_scales = scales / (1.0 + big * (self.shrink - 1.0))
        offset = big * new_scales
        means = ops.concat([means - offset, means + offset], axis=0)
        scales = ops.concat([new_scales, new_scales], axis=0)
        return means, scales

    def construct(self, means, scales):
        rounds = 0
        while scales.max() > self.max_scale and rounds < self.max_rounds:
            means, scales = self.split_once(means, scales)
            rounds += 1
        return means, scales


def make():
    np.random.seed(24)
    means = Tensor(np.random.randn(6, 3).astype(np.float32))
    scales = Tensor(np.random.uniform(0.05, 0.9, (6, 3)).astype(np.float32))
    return IterativeSplitter(), (means, scales)
