# case: a host-computed tensor times zero -> dynamic at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, scale=4.0):
        super().__init__()
        self.scale = scale

    def construct(self, x):
        v = Tensor(np.abs(x.asnumpy())) * self.scale
        return v * 0.0 + 1.0


def make():
    return Net(), (Tensor(np.random.RandomState(0).randn(2, 3).astype(np.float32) * 1e3),)
