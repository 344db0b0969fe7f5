# case: near miss: the same lazily built weight, but the build gives in_channels, so the Parameter exists and the lazy branch is folded away: static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LazyDense(nn.Cell):
    def __init__(self, out_channels, in_channels=None):
        super().__init__()
        self.out_channels = out_channels
        self.weight = None
        if in_channels is not None:
            self.weight = Parameter(ops.zeros((out_channels, in_channels), ms.float32), name="weight")

    def construct(self, x):
        if self.weight is None:
            self.weight = Parameter(ops.ones((self.out_channels, x.shape[-1]), ms.float32), name="weight")
        return ops.matmul(x, self.weight.T)


def make():
    return LazyDense(3, in_channels=4), (Tensor(np.random.rand(2, 4).astype(np.float32)),)
