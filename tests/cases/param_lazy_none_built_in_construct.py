# case: __init__ leaves self.weight None unless given in_channels; the build gives none, so construct builds the Parameter lazily: LAX fails at the Parameter built in graph code, STRICT at the write to the None attribute
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
    return LazyDense(3), (Tensor(np.random.rand(2, 4).astype(np.float32)),)
