# case: a Python float attribute halved under a tensor test, read after, then zeros_like -> error at LAX?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, scale=4.0):
        super().__init__()
        self.scale = scale

    def construct(self, x):
        if not ops.isfinite(x.sum() * 1e38):
            self.scale = self.scale / 2
        scaled = x * self.scale
        return ops.zeros_like(scaled) + scaled


def make():
    return Net(), (Tensor(np.random.RandomState(0).randn(2, 3).astype(np.float32) * 1e3),)
