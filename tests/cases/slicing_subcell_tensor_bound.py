# case: sub-Cell stored on self slices with a tensor it is called with
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Cut(nn.Cell):
    def construct(self, x, n):
        return x[n:]


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cut = Cut()

    def construct(self, x, n):
        return self.cut(x, n).mean()


def make():
    return Outer(), (Tensor(np.arange(10, dtype=np.float32)), Tensor(6, ms.int64))
