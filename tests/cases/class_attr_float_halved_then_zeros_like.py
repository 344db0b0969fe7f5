# case: a Python float attribute halved under a tensor test, then zeros_like of a value scaled by it -> error at line 15 at LAX?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, scale=4.0):
        super().__init__()
        self.scale = scale

    def construct(self, x):
        scaled = x.sum() * self.scale
        if not ops.isfinite(scaled * 1e38):
            self.scale = self.scale / 2
            scaled = ops.zeros_like(scaled)
        return scaled


def make():
    return Net(), (Tensor(np.random.RandomState(0).randn(2, 3).astype(np.float32) * 1e3),)
