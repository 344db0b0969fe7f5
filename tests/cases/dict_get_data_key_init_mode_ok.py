import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModeScale(nn.Cell):
    def __init__(self, mode=1):
        super().__init__()
        self.mode = mode
        self.scales = {0: 1.0, 1: 0.5, 2: 0.25}

    def construct(self, x):
        s = self.scales.get(self.mode, 1.0)
        n = self.scales.get(len(x.shape), 2.0)
        return x * s + n


def make():
    np.random.seed(0)
    return ModeScale(), (Tensor(np.random.rand(3, 4).astype(np.float32)),)
